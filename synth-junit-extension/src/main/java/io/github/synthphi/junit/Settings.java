package io.github.synthphi.junit;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The configuration parameters of the extension, read from JUnit's configuration ({@code junit-platform.properties},
 * system properties, launcher parameters).
 *
 * @param seed {@code synth.seed}: a number or {@code random}
 * @param keep {@code synth.keep}: keep every study folder
 * @param cleanup {@code synth.cleanup}: the cleanup mode of annotations that say {@link CleanupMode#DEFAULT}
 * @param fixturesDir {@code synth.fixtures.dir}: where the run's folder of studies is made
 * @param midiKey {@code synth.midiKey}: whether studies also get {@code answer-key.db}, the MIDI answer-key database
 */
record Settings(Optional<String> seed, boolean keep, CleanupMode cleanup, Optional<Path> fixturesDir,
                boolean midiKey) {

    static final String SEED = "synth.seed";
    static final String KEEP = "synth.keep";
    static final String CLEANUP = "synth.cleanup";
    static final String FIXTURES_DIR = "synth.fixtures.dir";
    static final String MIDI_KEY = "synth.midiKey";

    /**
     * The settings of the run.
     *
     * @throws ExtensionConfigurationException naming the parameter whose value is not allowed, and the values that are
     */
    static Settings of(ExtensionContext context) {
        Optional<String> seed = context.getConfigurationParameter(SEED).map(String::strip).filter(s -> !s.isEmpty());
        boolean keep = flag(context, KEEP, false);
        boolean midiKey = flag(context, MIDI_KEY, true);
        CleanupMode cleanup = context.getConfigurationParameter(CLEANUP).map(String::strip).filter(s -> !s.isEmpty())
                .map(Settings::cleanupMode).orElse(CleanupMode.ALWAYS);
        Optional<Path> dir;
        try {
            dir = context.getConfigurationParameter(FIXTURES_DIR).map(String::strip).filter(s -> !s.isEmpty())
                    .map(Path::of);
        } catch (InvalidPathException e) {
            throw new ExtensionConfigurationException("configuration parameter " + FIXTURES_DIR + " is not a path: "
                    + e.getMessage(), e);
        }
        return new Settings(seed, keep, cleanup, dir, midiKey);
    }

    private static boolean flag(ExtensionContext context, String name, boolean otherwise) {
        String text = context.getConfigurationParameter(name).map(String::strip).filter(s -> !s.isEmpty())
                .orElse(Boolean.toString(otherwise));
        if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
            throw new ExtensionConfigurationException("configuration parameter " + name + " must be true or false, got '"
                    + text + "'");
        }
        return text.equalsIgnoreCase("true");
    }

    private static CleanupMode cleanupMode(String text) {
        String n = text.toUpperCase(Locale.ROOT).replace('-', '_');
        for (CleanupMode m : CleanupMode.values()) {
            if (m != CleanupMode.DEFAULT && m.name().equals(n)) {
                return m;
            }
        }
        throw new ExtensionConfigurationException("configuration parameter " + CLEANUP
                + " must be ALWAYS, ON_SUCCESS or NEVER, got '" + text + "'");
    }

    /** The cleanup mode that applies to a study asked for with {@code requested}. */
    CleanupMode effective(CleanupMode requested) {
        if (keep) {
            return CleanupMode.NEVER;
        }
        return requested == CleanupMode.DEFAULT ? cleanup : requested;
    }
}
