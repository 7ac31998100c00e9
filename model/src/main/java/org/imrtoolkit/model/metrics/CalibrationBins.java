package org.imrtoolkit.model.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Calibration bins as a reader should see them: a bin of one or two cases says nothing of a rate, so
 * bins with fewer than {@link #MIN_CASES} cases are merged with their neighbours (empty ones dropped),
 * and each bin's observed rate comes with its n and Wilson interval.
 */
public final class CalibrationBins {

    /** A bin needs this many cases to stand alone. */
    public static final int MIN_CASES = 10;

    private CalibrationBins() {
    }

    /**
     * Adjacent bins merged, left to right, until each holds at least {@code min} cases; a small
     * remainder at the top joins the bin below it. Fewer than {@code min} cases in all give one bin.
     */
    public static List<CalibrationBin> merged(List<CalibrationBin> bins, int min) {
        List<CalibrationBin> out = new ArrayList<>();
        CalibrationBin open = null;
        for (CalibrationBin b : bins) {
            if (b.n() == 0) {
                continue;
            }
            open = open == null ? b : join(open, b);
            if (open.n() >= min) {
                out.add(open);
                open = null;
            }
        }
        if (open != null) {
            if (out.isEmpty()) {
                out.add(open);
            } else {
                out.add(join(out.removeLast(), open));
            }
        }
        return out;
    }

    /** The observed rate of a bin, as k of n with its interval. */
    public static Proportion observed(CalibrationBin b) {
        return Proportion.of(Math.round(b.observed() * b.n()), b.n());
    }

    /** The bin whose range holds probability p (the first bin below, the last above), or null when none. */
    public static CalibrationBin of(List<CalibrationBin> merged, double p) {
        for (int i = 0; i < merged.size(); i++) {
            CalibrationBin b = merged.get(i);
            if (p < b.to() || i == merged.size() - 1) {
                return b;
            }
        }
        return null;
    }

    private static CalibrationBin join(CalibrationBin a, CalibrationBin b) {
        int n = a.n() + b.n();
        return new CalibrationBin(a.from(), b.to(), n, (a.meanPredicted() * a.n() + b.meanPredicted() * b.n()) / n,
                (a.observed() * a.n() + b.observed() * b.n()) / n);
    }
}
