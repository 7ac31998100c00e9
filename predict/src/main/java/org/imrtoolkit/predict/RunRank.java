package org.imrtoolkit.predict;

import java.util.Arrays;

/**
 * Where a probability stands among the probabilities of one run: rank 1 is the most probable case,
 * and the percentile is the share of the run's cases at or below it. Holds only the probabilities
 * (8 bytes a case), so a run of 100,000 letters ranks in a few megabytes.
 */
public final class RunRank {

    private final double[] sorted;

    public RunRank(double[] probabilities) {
        sorted = probabilities.clone();
        Arrays.sort(sorted);
    }

    public int size() {
        return sorted.length;
    }

    /** The place of {@code p}, one of the run's probabilities. */
    public Place place(double p) {
        int atOrBelow = upper(p);
        // one more than the cases strictly above p, so ties share the best rank
        int rank = sorted.length - atOrBelow + 1;
        int percentile = sorted.length == 0 ? 0 : (int) Math.round(100.0 * atOrBelow / sorted.length);
        return new Place(rank, percentile);
    }

    /** How many probabilities are at or below {@code p}. */
    private int upper(double p) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= p) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * @param rank       1 for the most probable case of the run; tied cases share a rank
     * @param percentile the share of the run's cases at or below this one, 0-100
     */
    public record Place(int rank, int percentile) {
    }
}
