package io.github.synthphi.core.pixel;

import java.util.List;

/**
 * A scanned paper form as a secondary capture, in unsigned 8-bit grey: light paper (about 232, shaded a
 * little towards one side, with fine noise), a blank field at the top where the PHI banner is typed, and below
 * it a bordered form with printed headings and ruled lines for handwriting.
 *
 * <p>Text burned into a form is dark ink on light paper, so its {@linkplain #brightnessLimit() brightness
 * limit} is a minimum (the region must be at least 225) and high-contrast ink is dark (20).
 *
 * <pre>{@code
 * ScannedFormPhantom form = new ScannedFormPhantom();
 * FrameBuffer page = form.frame(seed, 0, 512, 512);
 * Box typedField = form.bannerArea(512, 512);
 * }</pre>
 */
public final class ScannedFormPhantom implements Phantom {

    /** The nominal paper level. */
    static final int PAPER = 232;

    private static final long SALT_LAYOUT = 0x5343_4c41L;
    private static final long SALT_NOISE = 0x5343_4e4fL;
    private static final List<String> HEADINGS = List.of("REQUEST FOR IMAGING", "EXAMINATION REQUESTED",
            "CLINICAL INDICATION", "PREVIOUS STUDIES", "ALLERGIES", "SIGNATURE");

    /** Unsigned 8-bit grey. */
    @Override
    public PixelFormat format() {
        return PixelFormat.GRAY8;
    }

    @Override
    public FrameBuffer frame(long seed, int frameIndex, int rows, int columns) {
        Raster.requireFrame(frameIndex, rows, columns);
        Rng layout = Rng.of(seed, SALT_LAYOUT);
        Raster r = new Raster(rows, columns, PAPER);
        boolean darkerRight = layout.nextInt(2) == 0;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                double across = (darkerRight ? x : columns - 1 - x) / (double) columns;
                r.values[y * columns + x] = (int) Math.round(PAPER - 4 * across);
            }
        }
        form(r, layout, imagingArea(rows, columns));
        r.addNoise(Rng.of(seed, SALT_NOISE, frameIndex), 3);
        return r.toFrame(format());
    }

    /** The border, the headings in the small font, and ruled lines under each. */
    private static void form(Raster r, Rng layout, Box area) {
        int ink = 55;
        rectangle(r, area, ink);
        BitmapFont font = BitmapFont.small();
        int scale = Math.max(1, area.height() / 240);
        int pitch = Math.max(font.cellHeight() * scale + 4, area.height() / HEADINGS.size());
        int y = area.y() + 6;
        for (String heading : HEADINGS) {
            if (y + pitch > area.bottom()) {
                break;
            }
            TextMask text = TextMask.render(heading, font, scale);
            int x = area.x() + 8;
            if (x + text.width() < area.right()) {
                int top = y;
                text.mask().forEachInk((px, py) -> r.values[(top + py) * r.columns + x + px] = ink);
            }
            int lines = (pitch - text.height() - 6) / Math.max(8, 10 * scale);
            for (int k = 1; k <= lines; k++) {
                int rule = y + text.height() + k * Math.max(8, 10 * scale);
                int end = area.right() - 8 - layout.nextInt(Math.max(1, area.width() / 5));
                for (int px = area.x() + 8; px < end; px++) {
                    r.values[rule * r.columns + px] = 150;
                }
            }
            y += pitch;
        }
    }

    private static void rectangle(Raster r, Box box, int value) {
        for (int x = box.x(); x < box.right(); x++) {
            r.values[box.y() * r.columns + x] = value;
            r.values[(box.bottom() - 1) * r.columns + x] = value;
        }
        for (int y = box.y(); y < box.bottom(); y++) {
            r.values[y * r.columns + box.x()] = value;
            r.values[y * r.columns + box.right() - 1] = value;
        }
    }

    /** The bordered form below the typed field. */
    @Override
    public Box imagingArea(int rows, int columns) {
        Raster.requireFrame(0, rows, columns);
        int left = columns * 6 / 100;
        int top = rows * 30 / 100;
        return new Box(left, top, Math.max(1, columns - 2 * left), Math.max(1, rows * 90 / 100 - top));
    }

    /** The blank field across the top, above the form. */
    @Override
    public Box bannerArea(int rows, int columns) {
        Box form = imagingArea(rows, columns);
        int top = rows * 4 / 100;
        return new Box(form.x(), top, form.width(), Math.max(0, form.y() - 4 - top));
    }

    /** The right half of the margin below the form. */
    @Override
    public Box labelArea(int rows, int columns) {
        Box form = imagingArea(rows, columns);
        int top = Math.min(rows, form.bottom() + 4);
        return new Box(columns / 2, top, columns - columns / 2, rows - top);
    }

    /** Near-black (20) for high contrast; 202 (30 levels below the paper) for low. */
    @Override
    public Ink ink(Contrast contrast) {
        return Ink.gray(contrast == Contrast.HIGH ? 20 : PAPER - 30);
    }

    /** At least 225 (255 - 30): the paper under dark ink must be light. */
    @Override
    public BrightnessLimit brightnessLimit() {
        return BrightnessLimit.atLeast(255 - BrightnessLimit.EIGHT_BIT_THRESHOLD);
    }
}
