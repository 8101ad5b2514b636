/**
 * Synthetic identities: seeded fake patients, care teams, institutions and devices, the PHI that synth plants
 * and then looks for.
 *
 * <pre>{@code
 * IdentityFactory factory = new IdentityFactory(42L, IdentityLocale.DE_DE);
 * Identities study = factory.identities(0, 0);           // patient DEID-0001, first study
 * String pn = study.patient().name().toDicom();          // "Schüßler^Wiebke"
 * String age = study.patientAge();                       // "090Y"
 * for (IdentifyingValue v : study.identifyingValues()) { // every planted value with its Safe Harbor letter
 *     ...
 * }
 * }</pre>
 *
 * <h2>Determinism</h2>
 * <ul>
 *   <li>Per-case seeds: {@link io.github.synthphi.core.identity.Seeds#caseSeed} hashes the global seed and a
 *       case key ({@code patient/7}, {@code patient/7/study/2}) with SHA-256. Each group of fields (names,
 *       dates, IDs, address, each care-team role, ...) has its own stream, seeded from the case key and the
 *       stream name, so values are keyed by value, not by call order.</li>
 *   <li>Every call builds its own {@code java.util.Random} (whose algorithm the Java SE specification fixes)
 *       and its own datafaker {@code Faker} with an explicit {@link java.util.Locale} and that Random; nothing
 *       is shared between calls or threads, nothing reads the clock, the default locale or the default time
 *       zone, and no datafaker date helper is used (they count from "now"). Text is formatted with
 *       {@code Locale.ROOT}. A source-scanning test enforces these rules.</li>
 *   <li>What a seed gives depends on synth's code and, for en-US and de-DE names and addresses, on the
 *       datafaker version (2.7.0): its data files are part of the output. The numbers and dates of a seed are
 *       the same in every locale; names, addresses and words differ.</li>
 * </ul>
 *
 * <h2>Dates and ages</h2>
 * Study dates lie in 2015-01-01 to 2024-12-31. A patient's first-study date is uniform in 2015 to 2020; study
 * {@code s} falls in the 60-day slot {@code 60 s} days later, so later studies are later and at most
 * {@link io.github.synthphi.core.identity.IdentityFactory#MAX_STUDIES_PER_PATIENT} studies fit. The age at the
 * first study is 90 to 99 for 7% of patients, 1 to 17 for 5% and 18 to 89 otherwise; the birth date is drawn
 * to give exactly that age, so birth dates lie in 1915-01-02 to 2019-12-31. Patient's Age is computed from
 * the birth and study dates ({@link io.github.synthphi.core.identity.Ages}); an age over 89 is itself PHI
 * (Safe Harbor C) and is listed among the identifying values.
 *
 * <h2>Values that cannot be anyone's</h2>
 * Phones in ranges kept for fiction (NANPA 555-0100 to 555-0199; the German drama numbers; Japanese
 * subscriber numbers starting with 0), email at {@code example.org/.com/.net} (RFC 2606), SSN-like numbers
 * starting with 9, GTINs under the GS1 demonstration prefix 952, institutions named after datafaker's
 * fictional towns. Name components that are clinical words or common words (May, In, Ray, Chest) are drawn
 * again, as are abbreviations without a vowel.
 *
 * <h2>datafaker quirks met</h2>
 * <ul>
 *   <li>A Faker without a Random shares a static one; its date helpers read the clock: neither is used.</li>
 *   <li>The de data has no family name with ß, some with ú for ü (Kúhn) and fragments (Lg, Scc, Da, Ne);
 *       en first names include In, So, My, Ok, May and Will. Hence synth's own ß list and the redraw rules.</li>
 *   <li>The ja data has kanji names without readings, and ja street names fall back to English words
 *       ("植田Square"): ja-JP names come from synth's table {@code ja-JP-names.tsv} and the block number of an
 *       address is synth's own.</li>
 *   <li>datafaker's phone numbers are real-looking and too long for VR SH (de: up to 17 characters), its job
 *       titles and races too long for SH, its military data English only, its hospital names real: synth
 *       uses its own short lists for these ({@code Vocabulary}).</li>
 * </ul>
 *
 * <h2>Cost</h2>
 * A Faker is built per call and is cheap once datafaker has loaded its YAML, which it evidently keeps in static
 * caches shared by all instances (after the first, a new Faker's first calls cost microseconds, and building
 * one took 5 to 25 microseconds); so no Faker or FakeValuesService is
 * cached here. Measured with the test-side program {@code GenerationCost} (2,000 or 3,000 calls after as many
 * warm-up calls, OpenJDK 17, a shared 2-core machine under a load of 1 to 8, so the spread is wide): the first
 * call in a JVM takes 0.8 to 6.6 s, mostly datafaker's class loading and YAML (en-US the most); afterwards a
 * patient takes 0.06 to 0.25 ms for ja-JP and 0.25 to 1.5 ms for en-US, and a whole study (patient, study,
 * care team, institution, device) 0.08 to 0.3 ms for ja-JP and 0.3 to 2.4 ms for en-US, de-DE in between.
 */
package io.github.synthphi.core.identity;
