package io.github.synthphi.core.truth;

import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.pixel.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Seeded sample values for the ground-truth file tests, nasty texts included. */
final class TruthSamples {

    /** Texts that break careless CSV, JSON, format-string or locale handling. */
    static final List<String> NASTY = List.of("", " ", "  leading", "trailing  ", "comma, inside", "quote \" inside",
            "\"", "\"\"", "\"quoted\"", "line\nbreak", "crlf\r\nbreak", "cr\ronly", "ends with a break\n",
            "\nstarts with a break", "back\\slash\\", "a\\,b", "100% %s %n %% %1$s", "Müller^Zoë",
            "İSTANBUL ıi Iİ", "日本語テキスト", "emoji 😀 pair", "<wrapped>", "<>", "<<double>>", "<", ">",
            "<(0010,0010)>", "tab\tinside", "#hash", "=1+1", "\u0001\u001f control", "NA", "null", ",", ";a;b;",
            "{\"text\": \"x\", \"top_left\": [1, 2]}", "\uFEFFbom inside", "DOE^JANE^^DR.^");

    private static final String[] CREATORS = {"SYNTH PHI", "SIEMENS CT VA0  COAD", "Synth phi lower", "ÜNÏCODE Ö"};

    private TruthSamples() {
    }

    static String nasty(Random r) {
        return r.nextInt(4) == 0 ? NASTY.get(r.nextInt(NASTY.size())) + NASTY.get(r.nextInt(NASTY.size()))
                : NASTY.get(r.nextInt(NASTY.size()));
    }

    static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    /** {@code count} entries over a few instances, element and pixel entries mixed, from {@code seed}. */
    static List<AnswerKeyEntry> entries(long seed, int count) {
        Random r = new Random(seed);
        List<AnswerKeyEntry> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String sop = r.nextInt(10) == 0 ? nasty(r) : "2.25." + r.nextInt(7);
            out.add(r.nextInt(4) == 0 ? pixelEntry(r, sop) : elementEntry(r, sop));
        }
        return out;
    }

    static AnswerKeyEntry elementEntry(Random r, String sop) {
        return new AnswerKeyEntry(sop, pick(r, Scope.values()), Optional.of(tagPath(r)), nasty(r), nasty(r),
                pick(r, Action.values()), nasty(r), nasty(r), nasty(r), nasty(r), safeHarbor(r), nasty(r), nasty(r),
                Optional.empty());
    }

    static AnswerKeyEntry pixelEntry(Random r, String sop) {
        Action action = r.nextInt(4) == 0 ? pick(r, Action.values()) : Action.PIXELS_HIDDEN;
        return new AnswerKeyEntry(sop, pick(r, Scope.values()), Optional.empty(), nasty(r), nasty(r), action, nasty(r),
                nasty(r), nasty(r), nasty(r), safeHarbor(r), nasty(r), "burned-in", Optional.of(region(r)));
    }

    static PixelRegion region(Random r) {
        Box box = new Box(r.nextInt(600) - 5, r.nextInt(400) - 5, r.nextInt(300), r.nextInt(40));
        return new PixelRegion(nasty(r), pick(r, new String[] {"synth-small", "synth-large", ""}), 1 + r.nextInt(4),
                r.nextInt(600) - 5, r.nextInt(400), box, frames(r), r.nextInt(65536));
    }

    static List<Integer> frames(Random r) {
        List<Integer> frames = new ArrayList<>();
        int n = r.nextInt(5) == 0 ? 0 : 1 + r.nextInt(120);
        for (int f = 0; f < n; f++) {
            if (r.nextInt(5) != 0) {
                frames.add(f);
            }
        }
        return frames;
    }

    static List<PhiOverlay> overlays(long seed, int count) {
        Random r = new Random(seed);
        List<PhiOverlay> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Box box = new Box(r.nextInt(600) - 5, r.nextInt(400) - 5, r.nextInt(300), r.nextInt(40));
            out.add(new PhiOverlay(nasty(r), nasty(r), nasty(r), nasty(r), 1 + r.nextInt(1024), 1 + r.nextInt(1024),
                    nasty(r), nasty(r), nasty(r), nasty(r), box, nasty(r), r.nextLong(), nasty(r), nasty(r),
                    frames(r)));
        }
        return out;
    }

    static List<ManifestEntry> manifest(long seed, int count) {
        Random r = new Random(seed);
        List<ManifestEntry> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ManifestEntry.Status status = pick(r, ManifestEntry.Status.values());
            String reason = status == ManifestEntry.Status.PROCESSED ? nasty(r) : "reason " + nasty(r);
            out.add(new ManifestEntry(nasty(r), nasty(r), status, reason, nasty(r), r.nextInt(5000)));
        }
        return out;
    }

    static List<PatientMapping> patients(long seed, int count) {
        Random r = new Random(seed);
        List<PatientMapping> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> studies = new ArrayList<>();
            for (int s = r.nextInt(4); s > 0; s--) {
                studies.add(r.nextInt(5) == 0 ? nasty(r).replace(";", "") + "x" : "2.25." + r.nextLong());
            }
            out.add(new PatientMapping(i + " " + nasty(r), nasty(r), studies));
        }
        return out;
    }

    static TagPath tagPath(Random r) {
        TagPath.Node first = node(r, 0);
        List<TagPath.Node> nodes = new ArrayList<>();
        nodes.add(first);
        int depth = r.nextInt(3);
        for (int d = 0; d < depth; d++) {
            TagPath.Node last = nodes.remove(nodes.size() - 1);
            nodes.add(new TagPath.Node(last.group(), last.element(), last.creator(), r.nextInt(12)));
            nodes.add(node(r, d + 1));
        }
        return new TagPath(nodes);
    }

    private static TagPath.Node node(Random r, int level) {
        if (r.nextInt(4) == 0) {
            return new TagPath.Node(0x0009 + 2 * r.nextInt(20), r.nextInt(256), pick(r, CREATORS), -1);
        }
        Tag tag = Tag.of(0x0008 + 2 * r.nextInt(5 + level), r.nextInt(0x10000));
        return new TagPath.Node(tag.group(), tag.element(), "", -1);
    }

    private static Optional<SafeHarbor> safeHarbor(Random r) {
        return r.nextInt(3) == 0 ? Optional.empty() : Optional.of(pick(r, SafeHarbor.values()));
    }
}
