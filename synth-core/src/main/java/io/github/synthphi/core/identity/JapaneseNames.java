package io.github.synthphi.core.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Japanese family and given names with kanji, hiragana and romaji, from synth's own table {@code
 * ja-JP-names.tsv} (datafaker's ja data has kanji names without readings). Loaded once, on first use.
 */
final class JapaneseNames {

    private static final String RESOURCE = "ja-JP-names.tsv";

    private static final class Table {
        static final JapaneseNames INSTANCE = load();
    }

    private final List<NamePart> family;
    private final List<NamePart> male;
    private final List<NamePart> female;

    private JapaneseNames(List<NamePart> family, List<NamePart> male, List<NamePart> female) {
        this.family = List.copyOf(family);
        this.male = List.copyOf(male);
        this.female = List.copyOf(female);
    }

    /** The table. */
    static JapaneseNames table() {
        return Table.INSTANCE;
    }

    /** A family name chosen uniformly. */
    NamePart family(Random random) {
        return Streams.pick(random, family);
    }

    /** A given name of the sex (either list for {@link Sex#OTHER}) chosen uniformly. */
    NamePart given(Random random, Sex sex) {
        return switch (sex) {
            case MALE -> Streams.pick(random, male);
            case FEMALE -> Streams.pick(random, female);
            case OTHER -> random.nextBoolean() ? Streams.pick(random, male) : Streams.pick(random, female);
        };
    }

    /** Every entry: family names, then male, then female given names. */
    List<NamePart> all() {
        List<NamePart> all = new ArrayList<>(family);
        all.addAll(male);
        all.addAll(female);
        return List.copyOf(all);
    }

    private static JapaneseNames load() {
        List<NamePart> family = new ArrayList<>();
        List<NamePart> male = new ArrayList<>();
        List<NamePart> female = new ArrayList<>();
        try (InputStream in = JapaneseNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " next to " + JapaneseNames.class);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 4) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": 4 tab-separated fields"
                            + " expected, found " + f.length);
                }
                NamePart part = new NamePart(f[3], f[1], f[2]);
                switch (f[0]) {
                    case "family" -> family.add(part);
                    case "male" -> male.add(part);
                    case "female" -> female.add(part);
                    default -> throw new IllegalStateException(RESOURCE + " line " + number
                            + ": kind family, male or female expected, found " + f[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new JapaneseNames(family, male, female);
    }
}
