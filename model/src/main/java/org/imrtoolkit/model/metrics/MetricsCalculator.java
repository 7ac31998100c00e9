package org.imrtoolkit.model.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Computes {@link Metrics} from true labels and positive-class probabilities. Pure functions. */
public final class MetricsCalculator {

    private MetricsCalculator() {
    }

    /**
     * @param y           true labels, 1 positive, 0 negative
     * @param p           predicted positive-class probabilities
     * @param threshold   predict positive when p >= threshold
     * @param labels      names of the negative and positive class
     * @param trainingRate the positive rate the baseline predicts as its probability
     */
    public static Metrics of(int[] y, double[] p, double threshold, List<String> labels, double trainingRate) {
        if (y.length != p.length || y.length == 0) {
            throw new IllegalArgumentException("need as many probabilities as labels, and at least one");
        }
        Confusion c = confusion(y, p, threshold);
        int positives = c.truePositive() + c.falseNegative();
        int negatives = c.trueNegative() + c.falsePositive();
        // A recall, and every figure that needs both classes, is undefined (NaN) when a class is absent:
        // a number there would be read as a measurement.
        double recallPos = positives == 0 ? Double.NaN : ratio(c.truePositive(), positives);
        double recallNeg = negatives == 0 ? Double.NaN : ratio(c.trueNegative(), negatives);
        boolean bothClasses = positives > 0 && negatives > 0;
        double precisionPos = ratio(c.truePositive(), c.truePositive() + c.falsePositive());
        double precisionNeg = ratio(c.trueNegative(), c.trueNegative() + c.falseNegative());
        List<ClassMetrics> perClass = List.of(
                new ClassMetrics(labels.get(0), precisionNeg, recallNeg, f1(precisionNeg, recallNeg), negatives),
                new ClassMetrics(labels.get(1), precisionPos, recallPos, f1(precisionPos, recallPos), positives));
        double accuracy = (c.truePositive() + c.trueNegative()) / (double) y.length;
        double majorityShare = Math.max(positives, negatives) / (double) y.length;
        double[] constant = new double[y.length];
        Arrays.fill(constant, trainingRate);
        Baseline baseline = new Baseline(positives > negatives ? labels.get(1) : labels.get(0), majorityShare,
                bothClasses ? 0.5 : Double.NaN, bothClasses ? 0.5 : Double.NaN,
                positives == 0 ? Double.NaN : positives / (double) y.length, brier(y, constant));
        return new Metrics(y.length, positives, accuracy, (recallPos + recallNeg) / 2,
                bothClasses ? rocAuc(y, p) : Double.NaN, positives == 0 ? Double.NaN : averagePrecision(y, p),
                brier(y, p), threshold, c, perClass, calibration(y, p, 10), baseline);
    }

    public static Confusion confusion(int[] y, double[] p, double threshold) {
        int tp = 0;
        int fp = 0;
        int tn = 0;
        int fn = 0;
        for (int i = 0; i < y.length; i++) {
            boolean predicted = p[i] >= threshold;
            if (y[i] == 1) {
                tp += predicted ? 1 : 0;
                fn += predicted ? 0 : 1;
            } else {
                fp += predicted ? 1 : 0;
                tn += predicted ? 0 : 1;
            }
        }
        return new Confusion(tp, fp, tn, fn);
    }

    /** ROC-AUC as the Mann-Whitney statistic, ties counting half; 0.5 when one class is absent. */
    public static double rocAuc(int[] y, double[] p) {
        Integer[] order = order(p);
        double[] ranks = new double[p.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && p[order[j + 1]] == p[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        long pos = 0;
        double sum = 0;
        for (int k = 0; k < y.length; k++) {
            if (y[k] == 1) {
                pos++;
                sum += ranks[k];
            }
        }
        long neg = y.length - pos;
        if (pos == 0 || neg == 0) {
            return 0.5;
        }
        return (sum - pos * (pos + 1) / 2.0) / (pos * (double) neg);
    }

    /**
     * Average precision: the mean of the precision at each positive's rank, examples with equal
     * probabilities taken together (as scikit-learn computes it).
     */
    public static double averagePrecision(int[] y, double[] p) {
        Integer[] order = order(p);
        int totalPositives = 0;
        for (int label : y) {
            totalPositives += label;
        }
        if (totalPositives == 0) {
            return 0;
        }
        double ap = 0;
        int tp = 0;
        int seen = 0;
        int i = order.length - 1;
        double previousRecall = 0;
        while (i >= 0) {
            int j = i;
            while (j - 1 >= 0 && p[order[j - 1]] == p[order[i]]) {
                j--;
            }
            for (int k = j; k <= i; k++) {
                tp += y[order[k]];
                seen++;
            }
            double recall = tp / (double) totalPositives;
            double precision = tp / (double) seen;
            ap += (recall - previousRecall) * precision;
            previousRecall = recall;
            i = j - 1;
        }
        return ap;
    }

    public static double brier(int[] y, double[] p) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            double d = p[i] - y[i];
            sum += d * d;
        }
        return sum / y.length;
    }

    public static List<CalibrationBin> calibration(int[] y, double[] p, int bins) {
        List<CalibrationBin> table = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            double from = b / (double) bins;
            double to = (b + 1) / (double) bins;
            int n = 0;
            double predicted = 0;
            int observed = 0;
            for (int i = 0; i < p.length; i++) {
                boolean in = p[i] >= from && (p[i] < to || b == bins - 1 && p[i] <= to);
                if (in) {
                    n++;
                    predicted += p[i];
                    observed += y[i];
                }
            }
            table.add(new CalibrationBin(from, to, n, n == 0 ? 0 : predicted / n, n == 0 ? 0 : observed / (double) n));
        }
        return table;
    }

    /** The threshold, among the predicted probabilities, that maximises the objective (ties: the lowest). */
    public static double bestThreshold(int[] y, double[] p, Objective objective) {
        double[] candidates = Arrays.stream(p).distinct().sorted().toArray();
        double best = 0.5;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (double t : candidates) {
            Confusion c = confusion(y, p, t);
            double recallPos = ratio(c.truePositive(), c.truePositive() + c.falseNegative());
            double recallNeg = ratio(c.trueNegative(), c.trueNegative() + c.falsePositive());
            double precision = ratio(c.truePositive(), c.truePositive() + c.falsePositive());
            double value = switch (objective) {
                case BALANCED_ACCURACY -> (recallPos + recallNeg) / 2;
                case YOUDEN -> recallPos + recallNeg - 1;
                case F1 -> f1(precision, recallPos);
                case ACCURACY -> (c.truePositive() + c.trueNegative()) / (double) c.n();
            };
            if (value > bestValue + 1e-12) {
                bestValue = value;
                best = t;
            }
        }
        return best;
    }

    private static Integer[] order(double[] p) {
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        return order;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : a / (double) b;
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
