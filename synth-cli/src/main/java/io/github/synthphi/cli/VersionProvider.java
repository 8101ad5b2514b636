package io.github.synthphi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;

/** The version printed by {@code synth --version}, from the properties the build writes. */
final class VersionProvider implements CommandLine.IVersionProvider {

    /** The version of this build of synth. */
    static String version() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("synth-cli.properties")) {
            if (in == null) {
                throw new IOException("synth-cli.properties is missing from the class path");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() throws IOException {
        return new String[] {"synth " + version(), "Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + ")"};
    }
}
