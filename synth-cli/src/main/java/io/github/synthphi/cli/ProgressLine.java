package io.github.synthphi.cli;

import io.github.synthphi.core.study.GenerationProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress on standard error: items done, rate and time left, at most one line every {@code interval} and always
 * the last, such as {@code generated 12/40 instances, 3.4/s, about 8 s left}. It reads a clock only to show it;
 * nothing it sees reaches a file.
 */
final class ProgressLine implements GenerationProgress {

    private final String verb;
    private final String noun;
    private final PrintWriter err;
    private final LongSupplier nanoTime;
    private final long intervalNanos;
    private final long start;
    private long lastPrinted;

    ProgressLine(String verb, String noun, PrintWriter err, LongSupplier nanoTime, long intervalNanos) {
        this.verb = verb;
        this.noun = noun;
        this.err = err;
        this.nanoTime = nanoTime;
        this.intervalNanos = intervalNanos;
        this.start = nanoTime.getAsLong();
        this.lastPrinted = start;
    }

    /** A progress line of generated instances on {@code err} every second. */
    static ProgressLine every(PrintWriter err) {
        return every("generated", "instances", err);
    }

    /** A progress line on {@code err} every second: {@code <verb> done/total <noun>, ...}. */
    static ProgressLine every(String verb, String noun, PrintWriter err) {
        return new ProgressLine(verb, noun, err, System::nanoTime, 1_000_000_000L);
    }

    @Override
    public void instanceDone(int done, int total) {
        done(done, total);
    }

    /** One more item is done. */
    synchronized void done(int done, int total) {
        long now = nanoTime.getAsLong();
        if (done < total && now - lastPrinted < intervalNanos) {
            return;
        }
        lastPrinted = now;
        err.println(line(verb, noun, done, total, now - start));
        err.flush();
    }

    /** {@code generated 12/40 instances, 3.4/s, about 8 s left}. */
    static String line(String verb, String noun, int done, int total, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String text = String.format(Locale.ROOT, "%s %d/%d %s, %.1f/s", verb, done, total, noun, rate);
        if (done >= total) {
            return text + String.format(Locale.ROOT, ", done in %.1f s", seconds);
        }
        if (rate <= 0) {
            return text;
        }
        long left = Math.round((total - done) / rate);
        return text + ", about " + duration(left) + " left";
    }

    private static String duration(long seconds) {
        if (seconds < 120) {
            return seconds + " s";
        }
        if (seconds < 7200) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }
}
