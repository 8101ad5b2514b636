package io.github.synthphi.core.pixel;

/**
 * synth's own pseudo-random generator for pixels: SplitMix64, written out here so that its output is fixed by
 * this file alone and never by the JDK's implementation of a library generator.
 *
 * <p>Not thread-safe; every phantom makes its own from the seed, the frame index and a salt that names the
 * purpose, so independent draws never share state.
 */
final class Rng {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long state;

    private Rng(long state) {
        this.state = state;
    }

    /** A generator for {@code seed}, made independent of other purposes by the {@code keys}. */
    static Rng of(long seed, long... keys) {
        long s = mix(seed);
        for (long key : keys) {
            s = mix(s ^ mix(key + GOLDEN));
        }
        return new Rng(s);
    }

    /** The SplitMix64 finaliser: a bijection that spreads every input bit over the whole word. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A hash of a seed and two coordinates, for noise that can be sampled anywhere. */
    static long hash(long seed, int a, int b) {
        return mix(seed ^ mix(((long) a << 32 | (b & 0xFFFFFFFFL)) + GOLDEN));
    }

    /** The next 64 random bits. */
    long nextLong() {
        return mix(state += GOLDEN);
    }

    /** A value from 0 (inclusive) to {@code bound} (exclusive); {@code bound} at least 1. */
    int nextInt(int bound) {
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** A value from {@code min} to {@code max}, both inclusive. */
    int nextInt(int min, int max) {
        return min + nextInt(max - min + 1);
    }

    /** A value from 0 (inclusive) to 1 (exclusive) with 53 random bits. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** A value from {@code min} (inclusive) to {@code max} (exclusive). */
    double nextDouble(double min, double max) {
        return min + (max - min) * nextDouble();
    }

    /**
     * A roughly normal integer with mean 0 and standard deviation {@code sigma}: the sum of four uniform
     * 16-bit values (Irwin-Hall), which needs one draw and no floating point.
     */
    int gaussian(int sigma) {
        return gaussian(nextLong(), sigma);
    }

    /** {@link #gaussian(int)} from the given random bits. */
    static int gaussian(long bits, int sigma) {
        long sum = (bits & 0xFFFF) + (bits >>> 16 & 0xFFFF) + (bits >>> 32 & 0xFFFF) + (bits >>> 48);
        // the sum has mean 131070 and standard deviation 65536 / sqrt(3) = 37837.2
        return (int) ((sum - 131_070L) * sigma / 37_837L);
    }
}
