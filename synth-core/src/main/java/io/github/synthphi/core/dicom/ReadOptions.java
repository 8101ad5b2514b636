package io.github.synthphi.core.dicom;

/**
 * Limits and leniency of {@link DicomReader}. Every limit guards against input that would otherwise
 * exhaust memory or the stack.
 *
 * <pre>{@code
 * DicomReader reader = new DicomReader(ReadOptions.defaults().withMaxFileSize(64L << 20));
 * }</pre>
 *
 * @param maxFileSize the largest file (and inflated data set) in bytes; at most {@link #MAX_FILE_SIZE}
 * @param maxDepth the deepest nesting of sequences; at most {@link #MAX_DEPTH}
 * @param maxElements the most elements and items in one file, all depths together
 * @param allowOddLengths whether odd value lengths, which PS3.5 7.1.1 forbids, are accepted
 */
public record ReadOptions(long maxFileSize, int maxDepth, int maxElements, boolean allowOddLengths) {

    /** The largest file any reader accepts: the size of the largest Java array. */
    public static final long MAX_FILE_SIZE = Integer.MAX_VALUE - 8L;

    /**
     * The deepest nesting any reader accepts. The reader descends into sequences by recursion, which costs
     * up to about 2.5 KiB of thread stack per level before the JIT compiles it; 128 levels stay well inside
     * a 512 KiB thread stack, so nesting ends in a {@link DicomParseException}, never a stack overflow.
     */
    public static final int MAX_DEPTH = 128;

    public ReadOptions {
        if (maxFileSize < 0 || maxFileSize > MAX_FILE_SIZE) {
            throw new IllegalArgumentException("maxFileSize must be 0 to " + MAX_FILE_SIZE + ", got " + maxFileSize);
        }
        if (maxDepth < 0 || maxDepth > MAX_DEPTH) {
            throw new IllegalArgumentException("maxDepth must be 0 to " + MAX_DEPTH + ", got " + maxDepth);
        }
        if (maxElements < 1) {
            throw new IllegalArgumentException("maxElements must be positive, got " + maxElements);
        }
    }

    /** 1 GiB files, 64 levels of sequences, 2 million elements, odd lengths rejected. */
    public static ReadOptions defaults() {
        return new ReadOptions(1L << 30, 64, 2_000_000, false);
    }

    /** These options with another file size limit. */
    public ReadOptions withMaxFileSize(long bytes) {
        return new ReadOptions(bytes, maxDepth, maxElements, allowOddLengths);
    }

    /** These options with another nesting limit. */
    public ReadOptions withMaxDepth(int depth) {
        return new ReadOptions(maxFileSize, depth, maxElements, allowOddLengths);
    }

    /** These options with another element limit. */
    public ReadOptions withMaxElements(int count) {
        return new ReadOptions(maxFileSize, maxDepth, count, allowOddLengths);
    }

    /** These options accepting or rejecting odd value lengths. */
    public ReadOptions withAllowOddLengths(boolean allow) {
        return new ReadOptions(maxFileSize, maxDepth, maxElements, allow);
    }
}
