package io.github.synthphi.core.pixel;

/**
 * Where a curved-array ultrasound probe's fan lies in the image: an annular sector around a virtual apex
 * above the image, and the rectangle that holds it.
 *
 * <p>The {@linkplain #dataRegion() data region} is the tight box of the fan's pixels: what a DICOM writer puts
 * in a Sequence of Ultrasound Regions (0018,6011) item, with Region Location Min X0/Y0 its top-left pixel and
 * Max X1/Y1 its {@code right() - 1} and {@code bottom() - 1}, and Physical Delta X/Y
 * {@link #centimetresPerPixel()} in centimetres (Physical Units 3).
 *
 * <pre>{@code
 * SectorGeometry fan = new UltrasoundPhantom().sector(480, 640);
 * Box region = fan.dataRegion();
 * int maxX1 = region.right() - 1;
 * boolean inFan = fan.contains(320, 300);
 * }</pre>
 *
 * @param apexX the column of the virtual apex
 * @param apexY the row of the virtual apex, usually above the image (negative)
 * @param innerRadius the distance from the apex to the probe's face, in pixels
 * @param outerRadius the distance from the apex to the deepest row imaged, in pixels
 * @param halfAngleDegrees half the opening angle of the fan
 * @param dataRegion the tight box of the fan's pixels
 * @param depthCentimetres the imaging depth the fan shows, from the probe's face
 */
public record SectorGeometry(double apexX, double apexY, double innerRadius, double outerRadius,
                             double halfAngleDegrees, Box dataRegion, double depthCentimetres) {

    /** The fan's depth in pixels, from the probe's face to the deepest row. */
    public double depthPixels() {
        return outerRadius - innerRadius;
    }

    /** The size of a pixel in centimetres, across and down (the scan is converted to square pixels). */
    public double centimetresPerPixel() {
        return depthCentimetres / depthPixels();
    }

    /** True when the centre of pixel ({@code x}, {@code y}) lies in the fan. */
    public boolean contains(int x, int y) {
        return contains(x, y, cosHalfAngle(), sinHalfAngle());
    }

    /**
     * {@link #contains(int, int)} with the cosine and sine of the half angle given, for loops over every pixel
     * of an image: the two {@code StrictMath} calls cost more than the rest of the test.
     */
    boolean contains(int x, int y, double cos, double sin) {
        double dx = x + 0.5 - apexX;
        double dy = y + 0.5 - apexY;
        double r2 = dx * dx + dy * dy;
        return dy > 0 && r2 >= innerRadius * innerRadius && r2 <= outerRadius * outerRadius
                && Math.abs(dx) * cos <= dy * sin;
    }

    double cosHalfAngle() {
        return StrictMath.cos(StrictMath.toRadians(halfAngleDegrees));
    }

    double sinHalfAngle() {
        return StrictMath.sin(StrictMath.toRadians(halfAngleDegrees));
    }
}
