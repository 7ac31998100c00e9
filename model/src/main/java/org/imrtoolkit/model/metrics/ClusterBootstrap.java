package org.imrtoolkit.model.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap intervals that resample whole letters (clusters), not items: the items of
 * one letter share its summary and mostly its outcome, so resampling items as if independent
 * would give intervals too narrow. Each resample draws as many letters as there are, with
 * replacement, and takes all their items. Where several sets of probabilities are given (one per
 * cross-validation repeat), a resample's value is the mean of the metric over the sets, so the
 * interval is that of the repeats' mean. A resample holding one outcome only leaves ROC-AUC, PR-AUC
 * and balanced accuracy undefined and is left out of their intervals; when the cases themselves
 * hold one outcome only, those intervals are {@link Interval#UNDEFINED}.
 */
public final class ClusterBootstrap {

    /** The number of resamples the toolkit uses. */
    public static final int RESAMPLES = 2000;

    private ClusterBootstrap() {
    }

    /**
     * @param groups        each case's letter (its cluster)
     * @param y             1 where the case is positive
     * @param probabilities one or more sets of positive-class probabilities, one per case each
     * @param threshold     the threshold of balanced accuracy
     * @param resamples     how many resamples
     * @param seed          the resampling's seed: the same seed gives the same intervals
     */
    public static BootstrapIntervals intervals(List<String> groups, int[] y, List<double[]> probabilities,
                                               double threshold, int resamples, long seed) {
        if (groups.size() != y.length || probabilities.isEmpty()) {
            throw new IllegalArgumentException("one group and one label per case, and at least one set of probabilities");
        }
        for (double[] p : probabilities) {
            if (p.length != y.length) {
                throw new IllegalArgumentException("one probability per case in every set");
            }
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("at least one resample: " + resamples);
        }
        Map<String, List<Integer>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < y.length; i++) {
            byGroup.computeIfAbsent(groups.get(i), g -> new ArrayList<>()).add(i);
        }
        List<int[]> clusters = new ArrayList<>();
        byGroup.values().forEach(rows -> clusters.add(rows.stream().mapToInt(Integer::intValue).toArray()));
        boolean bothOutcomes = bothOutcomes(y);
        double[][] values = new double[4][resamples];
        int defined = 0;
        SplittableRandom random = new SplittableRandom(seed);
        for (int b = 0; b < resamples; b++) {
            int[] rows = draw(clusters, random);
            int[] yb = new int[rows.length];
            for (int k = 0; k < rows.length; k++) {
                yb[k] = y[rows[k]];
            }
            double[] sums = new double[4];
            for (double[] p : probabilities) {
                double[] pb = new double[rows.length];
                for (int k = 0; k < rows.length; k++) {
                    pb[k] = p[rows[k]];
                }
                sums[0] += MetricsCalculator.rocAuc(yb, pb);
                sums[1] += MetricsCalculator.averagePrecision(yb, pb);
                sums[2] += balancedAccuracy(yb, pb, threshold);
                sums[3] += MetricsCalculator.brier(yb, pb);
            }
            int sets = probabilities.size();
            values[3][b] = sums[3] / sets;
            if (bothOutcomes(yb)) {
                values[0][defined] = sums[0] / sets;
                values[1][defined] = sums[1] / sets;
                values[2][defined] = sums[2] / sets;
                defined++;
            }
        }
        Interval undefined = Interval.UNDEFINED;
        return new BootstrapIntervals(resamples, seed,
                bothOutcomes ? percentiles(values[0], defined) : undefined,
                bothOutcomes ? percentiles(values[1], defined) : undefined,
                bothOutcomes ? percentiles(values[2], defined) : undefined,
                percentiles(values[3], resamples));
    }

    /** The 2.5th and 97.5th percentiles of the first {@code n} values (linear interpolation). */
    static Interval percentiles(double[] values, int n) {
        if (n == 0) {
            return Interval.UNDEFINED;
        }
        double[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        return new Interval(quantile(sorted, 0.025), quantile(sorted, 0.975));
    }

    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private static int[] draw(List<int[]> clusters, SplittableRandom random) {
        int[][] drawn = new int[clusters.size()][];
        int size = 0;
        for (int c = 0; c < drawn.length; c++) {
            drawn[c] = clusters.get(random.nextInt(clusters.size()));
            size += drawn[c].length;
        }
        int[] rows = new int[size];
        int at = 0;
        for (int[] cluster : drawn) {
            System.arraycopy(cluster, 0, rows, at, cluster.length);
            at += cluster.length;
        }
        return rows;
    }

    private static double balancedAccuracy(int[] y, double[] p, double threshold) {
        Confusion c = MetricsCalculator.confusion(y, p, threshold);
        double tpr = c.truePositive() / (double) (c.truePositive() + c.falseNegative());
        double tnr = c.trueNegative() / (double) (c.trueNegative() + c.falsePositive());
        return (tpr + tnr) / 2;
    }

    private static boolean bothOutcomes(int[] y) {
        int positives = 0;
        for (int v : y) {
            positives += v;
        }
        return positives > 0 && positives < y.length;
    }
}
