package io.github.synthphi.core.study;

import io.github.synthphi.core.identity.Identities;
import io.github.synthphi.core.identity.NameGroup;
import io.github.synthphi.core.phi.BurnVariant;
import io.github.synthphi.core.pixel.BannerLayout;
import io.github.synthphi.core.pixel.BannerLine;
import io.github.synthphi.core.pixel.BitmapFont;
import io.github.synthphi.core.pixel.Box;
import io.github.synthphi.core.pixel.Contrast;
import io.github.synthphi.core.pixel.FrameSelection;
import io.github.synthphi.core.pixel.Ink;
import io.github.synthphi.core.pixel.Phantom;
import io.github.synthphi.core.pixel.PixelFormat;
import io.github.synthphi.core.pixel.PlacedText;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The burned-in text of one series, laid out once: the PHI banner in the phantom's banner area (name, MRN,
 * birth date, study date and time, institution), the variants the spec asks for, and clinical labels in the
 * label area. Text the bitmap font cannot draw (kanji) is left out of the banner: its romaji group is drawn.
 *
 * @param lines every line, PHI and labels
 * @param bannerRegion the box of the lines in the banner area, whose background the safety check measures
 */
record BannerPlan(List<BannerLine> lines, Box bannerRegion) {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter STUDY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** The PHI lines, for the overlay plane. */
    List<PlacedText> phiLines() {
        List<PlacedText> out = new ArrayList<>();
        for (BannerLine l : lines) {
            if (l.kind() == BannerLine.Kind.PHI) {
                out.add(l.text());
            }
        }
        return out;
    }

    /** Every line's placed text, for the overflow check. */
    List<PlacedText> placed() {
        List<PlacedText> out = new ArrayList<>();
        lines.forEach(l -> out.add(l.text()));
        return out;
    }

    static BannerPlan of(StudySpec spec, Identities ids, Phantom phantom, PixelFormat format, List<String> labels) {
        return of(spec, spec.rows(), spec.columns(), spec.frames(), ids, phantom, format, labels);
    }

    /** The plan for images of {@code columns x rows} with {@code frames} frames (a source's, not the spec's). */
    static BannerPlan of(StudySpec spec, int rows, int columns, int frames, Identities ids, Phantom phantom,
                         PixelFormat format, List<String> labels) {
        BitmapFont large = BitmapFont.large();
        Ink high = Phantoms.convert(phantom.ink(Contrast.HIGH), phantom.format(), format);
        Ink low = Phantoms.convert(phantom.ink(Contrast.LOW), phantom.format(), format);

        List<String> texts = new ArrayList<>();
        List<String> mirrors = new ArrayList<>();
        NameGroup name = ids.patient().name().alphabetic();
        add(texts, mirrors, name.family() + ", " + name.given(), "PatientName", large);
        add(texts, mirrors, "MRN " + ids.patient().mrn(), "PatientID", large);
        add(texts, mirrors, "DOB " + ids.patient().birthDate().format(ISO_DATE), "PatientBirthDate", large);
        add(texts, mirrors, ids.study().studyDate().atTime(ids.study().studyTime()).format(STUDY_TIME), "StudyDate", large);
        add(texts, mirrors, ids.institution().name(), "InstitutionName", large);
        if (spec.burnVariants().contains(BurnVariant.LOW_CONTRAST)) {
            add(texts, mirrors, "ACC " + ids.study().accessionNumber(), "AccessionNumber", large);
        }
        BannerLayout layout = new BannerLayout(large, 1, 4);
        Box area = phantom.bannerArea(rows, columns);
        List<PlacedText> placed = new ArrayList<>(layout.place(texts, area, BannerLayout.Corner.TOP_LEFT, 4));
        List<BannerLine> lines = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            boolean faint = mirrors.get(i).equals("AccessionNumber");
            lines.add(BannerLine.phi(placed.get(i), mirrors.get(i), faint ? low : high));
        }
        if (spec.burnVariants().contains(BurnVariant.SMALL_TEXT)) {
            NameGroup referring = ids.careTeam().referring().name().alphabetic();
            below(placed, lines, new BannerLayout(BitmapFont.small(), 1, 2), "REF DR " + referring.family(),
                    "ReferringPhysicianName", high, FrameSelection.all());
        }
        if (spec.burnVariants().contains(BurnVariant.SOME_FRAMES) && frames > 1) {
            NameGroup operator = ids.careTeam().operators().get(0).name().alphabetic();
            below(placed, lines, layout, "OP " + operator.family(), "OperatorsName", high,
                    FrameSelection.range(0, frames / 2));
        }
        Box region = placed.isEmpty() ? new Box(area.x(), area.y(), 1, 1) : BannerLayout.bounds(placed);
        if (spec.burnVariants().contains(BurnVariant.INSIDE_IMAGE)) {
            Box imaging = phantom.imagingArea(rows, columns);
            String text = name.family().toUpperCase(Locale.ROOT);
            if (large.canRender(text)) {
                PlacedText inside = layout.stack(List.of(text), imaging.x() + imaging.width() / 3,
                        imaging.y() + imaging.height() / 2).get(0);
                lines.add(BannerLine.phi(inside, "PatientName", high));
            }
        }
        Box labelArea = phantom.labelArea(rows, columns);
        List<PlacedText> labelLines = layout.place(labels, labelArea, BannerLayout.Corner.BOTTOM_RIGHT, 4);
        for (PlacedText l : labelLines) {
            lines.add(BannerLine.label(l, high));
        }
        return new BannerPlan(lines, region);
    }

    /** Adds a line under the last banner line (the safety check then measures its background too). */
    private static void below(List<PlacedText> placed, List<BannerLine> lines, BannerLayout layout, String text,
                              String keyword, Ink ink, FrameSelection frames) {
        if (placed.isEmpty() || !layout.font().canRender(text)) {
            return;
        }
        Box last = placed.get(placed.size() - 1).cellBox();
        PlacedText p = layout.stack(List.of(text), last.x(), last.bottom() + 4).get(0);
        placed.add(p);
        lines.add(BannerLine.phi(p, keyword, ink).withFrames(frames));
    }

    private static void add(List<String> texts, List<String> mirrors, String text, String keyword, BitmapFont font) {
        if (font.canRender(text)) {
            texts.add(text);
            mirrors.add(keyword);
        }
    }
}
