package org.imrtoolkit.app;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long run on stderr: done, rate and time left, at most every two seconds, and only
 * once a run has lasted a few seconds, so short runs stay quiet.
 */
final class Progress {

    private static final long QUIET_NANOS = 3_000_000_000L;
    private static final long EVERY_NANOS = 2_000_000_000L;

    private final PrintWriter err;
    private final String unit;
    private final int total;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastReport = start;
    private boolean reported;

    Progress(PrintWriter err, String unit, int total, boolean enabled) {
        this.err = err;
        this.unit = unit;
        this.total = total;
        this.enabled = enabled;
    }

    synchronized void update(int done) {
        long now = System.nanoTime();
        if (!enabled || now - start < QUIET_NANOS || now - lastReport < EVERY_NANOS) {
            return;
        }
        lastReport = now;
        reported = true;
        double seconds = (now - start) / 1e9;
        double rate = done / seconds;
        String left = rate > 0 && total > done ? String.format(Locale.ROOT, ", about %.0f s left", (total - done) / rate) : "";
        err.printf(Locale.ROOT, "%d/%d %s, %.1f %s/s%s%n", done, total, unit, rate, unit, left);
        err.flush();
    }

    void finish(int done) {
        if (enabled && reported) {
            double seconds = (System.nanoTime() - start) / 1e9;
            err.printf(Locale.ROOT, "%d/%d %s in %.1f s, %.1f %s/s%n", done, total, unit, seconds,
                    done / Math.max(seconds, 1e-9), unit);
            err.flush();
        }
    }
}
