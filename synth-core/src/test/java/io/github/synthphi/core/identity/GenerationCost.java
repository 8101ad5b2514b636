package io.github.synthphi.core.identity;

import java.util.Locale;

/**
 * Measures what identity generation costs: the first call in a JVM (class loading and datafaker's YAML), then
 * the mean of many calls. A program, not a test: run it by hand, with the test classpath,
 * {@code java -cp ... io.github.synthphi.core.identity.GenerationCost}. The figures in the package
 * description come from it.
 */
public final class GenerationCost {

    private GenerationCost() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        for (IdentityLocale locale : IdentityLocale.values()) {
            IdentityFactory factory = new IdentityFactory(42L, locale);
            long t0 = System.nanoTime();
            factory.identities(0, 0);
            long first = System.nanoTime() - t0;
            for (int i = 0; i < rounds; i++) {          // warm up
                factory.identities(i, i % 3);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                factory.patient(rounds + i);
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                factory.identities(rounds + i, i % 3);
            }
            long t3 = System.nanoTime();
            System.out.printf(Locale.ROOT, "%s: first identities %.0f ms; then per patient %.3f ms, per study"
                            + " (patient, study, care team, institution, device) %.3f ms, over %d calls%n",
                    locale.languageTag(), first / 1e6, (t2 - t1) / 1e6 / rounds, (t3 - t2) / 1e6 / rounds, rounds);
        }
    }
}
