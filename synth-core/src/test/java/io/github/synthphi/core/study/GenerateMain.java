package io.github.synthphi.core.study;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Generates studies in a JVM of its own, for {@link GeneratorDeterminismIT}: prints one line describing the JVM
 * (default charset, locale and time zone, Java version and vendor), then generates each spec into its folder
 * with one thread.
 *
 * <p>Arguments: pairs of an output folder and a spec in canonical form ({@link StudySpec#canonicalForm()}).
 */
public final class GenerateMain {

    /** The start of the line that describes the JVM. */
    static final String ENVIRONMENT = "environment ";

    private GenerateMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args.length % 2 != 0) {
            throw new IllegalArgumentException("expected pairs of an output folder and a canonical spec, got "
                    + args.length + " arguments");
        }
        System.out.println(ENVIRONMENT + environment());
        for (int i = 0; i < args.length; i += 2) {
            new StudyGenerator().generate(StudySpec.parseCanonicalForm(args[i + 1]), Path.of(args[i]));
        }
    }

    /** The JVM's defaults that generation must not depend on, and its version. */
    static String environment() {
        return "charset=" + Charset.defaultCharset().name() + " locale=" + Locale.getDefault().toLanguageTag()
                + " zone=" + TimeZone.getDefault().getID() + " java=" + System.getProperty("java.specification.version")
                + " vendor=" + System.getProperty("java.vendor");
    }
}
