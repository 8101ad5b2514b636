package io.github.synthphi.core.study;

import io.github.synthphi.core.dicom.SpecificCharacterSet;
import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.identity.IdentityFactory;
import io.github.synthphi.core.identity.IdentityLocale;
import io.github.synthphi.core.phi.BurnVariant;
import io.github.synthphi.core.phi.PlantingLocation;
import io.github.synthphi.core.study.source.SourceFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * What to generate: modality, how many patients, studies, series, instances and frames, the image size and
 * pixel layout, the transfer syntax, the locale and character set of the fake identities, whether text is
 * burned in, where PHI is planted, and the seed. Immutable; two specs with equal values generate
 * byte-identical studies.
 *
 * <pre>{@code
 * StudySpec spec = StudySpec.builder(Modality.US_CINE)
 *         .frames(32)
 *         .locale(IdentityLocale.DE_DE)
 *         .seed(42L)
 *         .build();
 * StudyFixture study = new StudyGenerator().generate(spec, Path.of("target/us"));
 * }</pre>
 *
 * <p>With {@link Builder#sources(Path) sources}, pixels come from a folder of PHI-free DICOM or PNG/JPEG files;
 * each keeps its size and frame count ({@code rows}, {@code columns}, {@code frames} are not used), and the
 * study depends on the sources' bytes too: {@link #cacheKey()} covers both.
 *
 * @param modality the modality
 * @param patients the number of patients, 1 or more
 * @param studiesPerPatient studies of each patient, at most {@link IdentityFactory#MAX_STUDIES_PER_PATIENT}
 *     (longitudinal data share one identity)
 * @param seriesPerStudy series in each study
 * @param instancesPerSeries instances in each series
 * @param frames frames per instance (1 for single-frame modalities)
 * @param rows rows
 * @param columns columns
 * @param bitsAllocated 8 or 16
 * @param bitsStored bits stored, at most bits allocated
 * @param photometricInterpretation MONOCHROME2, or RGB for ultrasound
 * @param transferSyntax one the writer writes
 * @param locale the locale of the fake identities
 * @param specificCharacterSet the terms of (0008,0005), which must be able to encode the locale's text
 * @param burnIn whether a banner is burned into the pixels; only when {@code locations} holds
 *     {@link PlantingLocation#BURNED_IN} too
 * @param burnVariants the harder burned-in cases to add
 * @param locations where PHI is planted
 * @param seed the seed
 * @param sources the folder of source images, when the pixels come from there instead of phantoms
 */
public record StudySpec(Modality modality, int patients, int studiesPerPatient, int seriesPerStudy,
                        int instancesPerSeries, int frames, int rows, int columns, int bitsAllocated, int bitsStored,
                        String photometricInterpretation, TransferSyntax transferSyntax, IdentityLocale locale,
                        List<String> specificCharacterSet, boolean burnIn, Set<BurnVariant> burnVariants,
                        Set<PlantingLocation> locations, long seed, Optional<Path> sources) {

    /** The seed when none is given: runs are reproducible by default. */
    public static final long DEFAULT_SEED = 20_240_131L;

    /** Upper bounds that keep a spec from asking for more than a test corpus needs. */
    public static final int MAX_COUNT = 10_000;

    public StudySpec {
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(photometricInterpretation, "photometricInterpretation");
        Objects.requireNonNull(transferSyntax, "transferSyntax");
        Objects.requireNonNull(locale, "locale");
        specificCharacterSet = List.copyOf(Objects.requireNonNull(specificCharacterSet, "specificCharacterSet"));
        Objects.requireNonNull(burnVariants, "burnVariants");
        Objects.requireNonNull(locations, "locations");
        burnVariants = Collections.unmodifiableSet(burnVariants.isEmpty()
                ? EnumSet.noneOf(BurnVariant.class) : EnumSet.copyOf(burnVariants));
        locations = Collections.unmodifiableSet(locations.isEmpty()
                ? EnumSet.noneOf(PlantingLocation.class) : EnumSet.copyOf(locations));
        count("patients", patients);
        count("studiesPerPatient", studiesPerPatient);
        if (studiesPerPatient > IdentityFactory.MAX_STUDIES_PER_PATIENT) {
            throw new IllegalArgumentException("studiesPerPatient must be 1 to "
                    + IdentityFactory.MAX_STUDIES_PER_PATIENT + " (the studies of one patient stay within 2015 to 2024), "
                    + "got " + studiesPerPatient);
        }
        count("seriesPerStudy", seriesPerStudy);
        count("instancesPerSeries", instancesPerSeries);
        count("frames", frames);
        if (!modality.isMultiFrame() && frames != 1) {
            throw new IllegalArgumentException(modality + " instances have one frame, not " + frames
                    + "; use US_CINE for multi-frame ultrasound");
        }
        if (rows < 16 || rows > 4096 || columns < 16 || columns > 4096) {
            throw new IllegalArgumentException("rows and columns must be 16 to 4096, got " + columns + "x" + rows);
        }
        if (bitsAllocated != 8 && bitsAllocated != 16) {
            throw new IllegalArgumentException("bitsAllocated must be 8 or 16, got " + bitsAllocated);
        }
        if (bitsStored < 1 || bitsStored > bitsAllocated) {
            throw new IllegalArgumentException("bitsStored must be 1 to " + bitsAllocated + ", got " + bitsStored);
        }
        if (!photometricInterpretation.equals("MONOCHROME2") && !photometricInterpretation.equals("RGB")) {
            throw new IllegalArgumentException("photometricInterpretation must be MONOCHROME2 or RGB, got "
                    + photometricInterpretation);
        }
        if (photometricInterpretation.equals("RGB") && (bitsAllocated != 8 || !modality.code().equals("US"))) {
            throw new IllegalArgumentException("RGB is generated for 8-bit ultrasound only, not " + modality + " with "
                    + bitsAllocated + " bits");
        }
        if (!transferSyntax.isWritable()) {
            throw new IllegalArgumentException("transferSyntax must be one of " + TransferSyntax.writable() + ", got "
                    + transferSyntax);
        }
        SpecificCharacterSet cs = SpecificCharacterSet.of(specificCharacterSet);
        if (!cs.isKnown()) {
            throw new IllegalArgumentException("specificCharacterSet " + specificCharacterSet + ": " + cs.problem().orElse(""));
        }
        if (!locale.specificCharacterSet().equals(specificCharacterSet)
                && !specificCharacterSet.equals(List.of("ISO_IR 192"))) {
            throw new IllegalArgumentException("locale " + locale.languageTag() + " needs Specific Character Set "
                    + locale.specificCharacterSet() + " or [ISO_IR 192], not " + specificCharacterSet);
        }
        if (!burnIn && !burnVariants.isEmpty()) {
            throw new IllegalArgumentException("burnVariants " + burnVariants + " need burnIn");
        }
        Objects.requireNonNull(sources, "sources");
    }

    private static void count(String name, int value) {
        if (value < 1 || value > MAX_COUNT) {
            throw new IllegalArgumentException(name + " must be 1 to " + MAX_COUNT + ", got " + value);
        }
    }

    /** A builder with the modality's defaults. */
    public static Builder builder(Modality modality) {
        return new Builder(modality);
    }

    /** A builder holding this spec's values. */
    public Builder toBuilder() {
        Builder b = new Builder(modality);
        b.patients = patients;
        b.studiesPerPatient = studiesPerPatient;
        b.seriesPerStudy = seriesPerStudy;
        b.instancesPerSeries = instancesPerSeries;
        b.frames = frames;
        b.rows = rows;
        b.columns = columns;
        b.bitsAllocated = bitsAllocated;
        b.bitsStored = bitsStored;
        b.photometricInterpretation = photometricInterpretation;
        b.transferSyntax = transferSyntax;
        b.locale = locale;
        // the locale's own character set stays implicit, so that changing the locale changes it too
        b.specificCharacterSet = specificCharacterSet.equals(locale.specificCharacterSet()) ? null
                : specificCharacterSet;
        b.burnIn = burnIn;
        b.burnVariants = burnVariants;
        b.locations = locations;
        b.seed = seed;
        b.sources = sources.orElse(null);
        b.instancesSet = true;
        return b;
    }

    /** The number of instances the spec asks for. */
    public long instanceCount() {
        return (long) patients * studiesPerPatient * seriesPerStudy * instancesPerSeries;
    }

    /**
     * A stable text naming every value, used as a cache key and in fingerprints: the same for equal specs on
     * every JVM. A source folder is named by its path as given ({@code sources=...} at the end, only when there
     * is one); the bytes of the sources are not in it, see {@link #cacheKey()}.
     */
    public String canonicalForm() {
        StringJoiner j = new StringJoiner(";");
        j.add("modality=" + modality.name()).add("patients=" + patients).add("studies=" + studiesPerPatient)
                .add("series=" + seriesPerStudy).add("instances=" + instancesPerSeries).add("frames=" + frames)
                .add("rows=" + rows).add("columns=" + columns).add("bits=" + bitsAllocated + "/" + bitsStored)
                .add("photometric=" + photometricInterpretation).add("transferSyntax=" + transferSyntax.uid())
                .add("locale=" + locale.languageTag()).add("charset=" + String.join("\\", specificCharacterSet))
                .add("burnIn=" + burnIn).add("burnVariants=" + burnVariants).add("locations=" + locations)
                .add("seed=" + seed);
        sources.ifPresent(folder -> j.add("sources=" + SpecSources.text(folder)));
        return j.toString();
    }

    /**
     * A key that changes whenever the generated study would: the {@linkplain #canonicalForm() canonical form},
     * followed for a spec with sources by {@code ;sourcesSha256=} and {@link SourceFolder#fingerprint} of the
     * folder. Build tools use it to decide whether a cached fixture is still current.
     *
     * @throws IOException when a source file cannot be read
     */
    public String cacheKey() throws IOException {
        return sources.isEmpty() ? canonicalForm()
                : canonicalForm() + ";sourcesSha256=" + SourceFolder.fingerprint(sources.get());
    }

    /**
     * Reads the text {@link #canonicalForm()} writes. A source folder is taken as written, without checking that
     * it still exists or scanning it, so a fixture made from sources opens without them.
     *
     * @throws IllegalArgumentException naming the field that is missing or malformed
     */
    public static StudySpec parseCanonicalForm(String text) {
        return CanonicalFormParser.parse(text);
    }

    /** Builds a {@link StudySpec}; every setter checks nothing, {@link #build()} checks everything. */
    public static final class Builder {
        private final Modality modality;
        private int patients = 1;
        private int studiesPerPatient = 1;
        private int seriesPerStudy = 1;
        private int instancesPerSeries = 1;
        private boolean instancesSet;
        private Path sources;
        boolean checkSources = true;
        private int frames;
        private int rows;
        private int columns;
        private int bitsAllocated;
        private int bitsStored;
        private String photometricInterpretation;
        private TransferSyntax transferSyntax = TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN;
        private IdentityLocale locale = IdentityLocale.DEFAULT;
        private List<String> specificCharacterSet;
        private boolean burnIn = true;
        private Set<BurnVariant> burnVariants = EnumSet.noneOf(BurnVariant.class);
        private Set<PlantingLocation> locations = EnumSet.allOf(PlantingLocation.class);
        private long seed = DEFAULT_SEED;

        private Builder(Modality modality) {
            this.modality = Objects.requireNonNull(modality, "modality");
            this.frames = modality.defaultFrames();
            this.rows = modality.defaultRows();
            this.columns = modality.defaultColumns();
            this.bitsAllocated = modality.bitsAllocated();
            this.bitsStored = modality == Modality.MG ? 14 : modality.bitsAllocated() == 16 ? 12 : 8;
            this.photometricInterpretation = modality.photometricInterpretation();
        }

        public Builder patients(int patients) {
            this.patients = patients;
            return this;
        }

        public Builder studiesPerPatient(int studies) {
            this.studiesPerPatient = studies;
            return this;
        }

        public Builder seriesPerStudy(int series) {
            this.seriesPerStudy = series;
            return this;
        }

        /** Instances in each series; with sources, see {@link #sources(Path)}. */
        public Builder instancesPerSeries(int instances) {
            this.instancesPerSeries = instances;
            this.instancesSet = true;
            return this;
        }

        public Builder frames(int frames) {
            this.frames = frames;
            return this;
        }

        /** Image size in pixels. */
        public Builder size(int columns, int rows) {
            this.columns = columns;
            this.rows = rows;
            return this;
        }

        public Builder bits(int allocated, int stored) {
            this.bitsAllocated = allocated;
            this.bitsStored = stored;
            return this;
        }

        public Builder photometricInterpretation(String photometricInterpretation) {
            this.photometricInterpretation = photometricInterpretation;
            return this;
        }

        public Builder transferSyntax(TransferSyntax transferSyntax) {
            this.transferSyntax = transferSyntax;
            return this;
        }

        /** The locale of identities; the character set follows it unless set explicitly afterwards. */
        public Builder locale(IdentityLocale locale) {
            this.locale = locale;
            return this;
        }

        /** The terms of Specific Character Set, for example {@code List.of("ISO_IR 192")}. */
        public Builder specificCharacterSet(List<String> terms) {
            this.specificCharacterSet = terms;
            return this;
        }

        public Builder burnIn(boolean burnIn) {
            this.burnIn = burnIn;
            return this;
        }

        public Builder burnVariants(Collection<BurnVariant> variants) {
            Objects.requireNonNull(variants, "burnVariants");
            this.burnVariants = variants.isEmpty() ? EnumSet.noneOf(BurnVariant.class) : EnumSet.copyOf(variants);
            return this;
        }

        public Builder locations(Collection<PlantingLocation> locations) {
            Objects.requireNonNull(locations, "locations");
            this.locations = locations.isEmpty() ? EnumSet.noneOf(PlantingLocation.class) : EnumSet.copyOf(locations);
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Takes the pixels from a folder of sources instead of phantoms: PHI-free DICOM files of the modality, or
         * PNG/JPEG images (the images of one folder are one cine for {@link Modality#US_CINE}). Items, in order,
         * fill the slots patient by patient, study by study, series by series, instance by instance. Unless
         * {@link #instancesPerSeries} is set, {@link #build()} scans the folder and sets it to
         * {@code ceil(items / (patients * studiesPerPatient * seriesPerStudy))}, so every item has a slot: by
         * default the items are the instances of one series. The package
         * {@link io.github.synthphi.core.study.source} documents the rule, the conversions and the quarantine
         * reasons.
         *
         * @param folder an existing folder with at least one DICOM, PNG or JPEG file ({@link #build()} checks)
         */
        public Builder sources(Path folder) {
            this.sources = Objects.requireNonNull(folder, "folder");
            return this;
        }

        /**
         * The spec.
         *
         * @throws IllegalArgumentException naming the value that is out of range or does not fit the others
         */
        public StudySpec build() {
            List<String> cs = specificCharacterSet != null ? specificCharacterSet
                    : Objects.requireNonNull(locale, "locale").specificCharacterSet();
            int instances = instancesPerSeries;
            if (sources != null && checkSources) {
                long series = (long) patients * studiesPerPatient * seriesPerStudy;
                int derived = SpecSources.instancesPerSeries(sources, modality, Math.max(1, series));
                instances = instancesSet ? instancesPerSeries : derived;
            }
            return new StudySpec(modality, patients, studiesPerPatient, seriesPerStudy, instances, frames, rows,
                    columns, bitsAllocated, bitsStored, photometricInterpretation, transferSyntax, locale, cs, burnIn,
                    burnVariants, locations, seed, Optional.ofNullable(sources));
        }
    }
}
