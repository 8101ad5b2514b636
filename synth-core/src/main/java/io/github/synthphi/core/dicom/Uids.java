package io.github.synthphi.core.dicom;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * UIDs: deterministic generation, syntax validation and the names of the UIDs PS3.6 registers.
 *
 * <p>Generated UIDs are {@code 2.25.} followed by the decimal value of a name-based UUID (PS3.5 B.2; version
 * 5, SHA-1) whose name is the seed and a key, under synth's own namespace. The same seed and key give the
 * same UID on every machine; different keys give different UIDs.
 *
 * <pre>{@code
 * String study = Uids.generate(42L, "study/1");      // 2.25.…, at most 44 characters
 * boolean ok = Uids.isValid(study);                  // true
 * String name = Uids.name("1.2.840.10008.1.2.5").orElse("?");   // "RLE Lossless"
 * }</pre>
 */
public final class Uids {

    /** The UID root of UUID-derived UIDs (PS3.5 B.2). */
    public static final String UUID_ROOT = "2.25.";

    /** The namespace UUID of synth's name-based UUIDs: version 5 of the URL namespace and synth's name. */
    private static final byte[] NAMESPACE = uuidBytes(sha1(concat(
            hex("6ba7b8119dad11d180b400c04fd430c8"), "https://github.com/synthphi/synth".getBytes(StandardCharsets.UTF_8))));

    /** synth's implementation class UID, written in every file meta (0002,0012). */
    public static final String IMPLEMENTATION_CLASS_UID = generate(0L, "synth implementation class");

    /** synth's implementation version name, written in every file meta (0002,0013); at most 16 characters. */
    public static final String IMPLEMENTATION_VERSION_NAME = "SYNTH_0_1_0";

    private static final class Registry {
        static final Map<String, String[]> ENTRIES = load();
    }

    private Uids() {
    }

    /** A deterministic UID of the seed and key. */
    public static String generate(long seed, String key) {
        Objects.requireNonNull(key, "key");
        byte[] name = (seed + "/" + key).getBytes(StandardCharsets.UTF_8);
        return UUID_ROOT + new BigInteger(1, uuidBytes(sha1(concat(NAMESPACE, name)))).toString();
    }

    /**
     * True when {@code uid} is a valid UID: 1 to 64 characters, components of digits separated by single
     * dots, no component with a leading zero unless it is {@code 0} itself (PS3.5 9.1).
     */
    public static boolean isValid(String uid) {
        return problem(uid).isEmpty();
    }

    /** What is wrong with {@code uid} as a UID, or empty when it is valid. */
    public static Optional<String> problem(String uid) {
        if (uid == null || uid.isEmpty()) {
            return Optional.of("a UID cannot be empty");
        }
        if (uid.length() > 64) {
            return Optional.of("a UID has at most 64 characters, this one has " + uid.length());
        }
        int start = 0;
        for (int i = 0; i <= uid.length(); i++) {
            if (i == uid.length() || uid.charAt(i) == '.') {
                if (i == start) {
                    return Optional.of("empty component at character " + i);
                }
                if (uid.charAt(start) == '0' && i - start > 1) {
                    return Optional.of("component at character " + start + " has a leading zero");
                }
                start = i + 1;
            } else if (uid.charAt(i) < '0' || uid.charAt(i) > '9') {
                return Optional.of("character '" + uid.charAt(i) + "' at " + i + " is not a digit or a dot");
            }
        }
        return Optional.empty();
    }

    /** The PS3.6 name of a registered UID, such as {@code CT Image Storage}. */
    public static Optional<String> name(String uid) {
        return Optional.ofNullable(Registry.ENTRIES.get(uid)).map(e -> e[4]);
    }

    /** The PS3.6 keyword of a registered UID, such as {@code CTImageStorage}. */
    public static Optional<String> keyword(String uid) {
        return Optional.ofNullable(Registry.ENTRIES.get(uid)).map(e -> e[1]).filter(k -> !k.equals("-"));
    }

    private static Map<String, String[]> load() {
        Map<String, String[]> map = new HashMap<>();
        try (InputStream in = Uids.class.getResourceAsStream("uids.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource uids.txt is missing next to " + Uids.class);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && !line.isEmpty()) {
                    String[] f = line.split("\t", -1);
                    map.put(f[0], f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read uids.txt", e);
        }
        return map;
    }

    private static byte[] uuidBytes(byte[] hash) {
        byte[] u = java.util.Arrays.copyOf(hash, 16);
        u[6] = (byte) ((u[6] & 0x0F) | 0x50); // version 5
        u[8] = (byte) ((u[8] & 0x3F) | 0x80); // RFC 4122 variant
        return u;
    }

    private static byte[] sha1(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] hex(String s) {
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
