package org.imrtoolkit.model.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The curves reports draw, from true labels (1 positive) and positive-class probabilities. Cases
 * with equal probabilities are taken together, as the areas in {@link MetricsCalculator} take them.
 */
public final class Curves {

    private Curves() {
    }

    /** The ROC curve from (0, 0): (false positive rate, true positive rate) at each distinct threshold. */
    public static List<CurvePoint> roc(int[] y, double[] p) {
        Integer[] order = descending(p);
        int pos = Arrays.stream(y).sum();
        int neg = y.length - pos;
        List<CurvePoint> points = new ArrayList<>();
        points.add(new CurvePoint(0, 0));
        int tp = 0;
        int fp = 0;
        for (int k = 0; k < order.length; k++) {
            if (y[order[k]] == 1) {
                tp++;
            } else {
                fp++;
            }
            if (k + 1 == order.length || p[order[k + 1]] != p[order[k]]) {
                points.add(new CurvePoint(neg == 0 ? 0 : fp / (double) neg, pos == 0 ? 0 : tp / (double) pos));
            }
        }
        return points;
    }

    /** The precision-recall curve: (recall, precision) at each distinct threshold, highest first. */
    public static List<CurvePoint> precisionRecall(int[] y, double[] p) {
        Integer[] order = descending(p);
        int pos = Arrays.stream(y).sum();
        List<CurvePoint> points = new ArrayList<>();
        int tp = 0;
        int seen = 0;
        for (int k = 0; k < order.length; k++) {
            tp += y[order[k]];
            seen++;
            if (k + 1 == order.length || p[order[k + 1]] != p[order[k]]) {
                points.add(new CurvePoint(pos == 0 ? 0 : tp / (double) pos, tp / (double) seen));
            }
        }
        return points;
    }

    /** The reliability curve: (mean predicted, observed rate) of each calibration bin that has cases. */
    public static List<CurvePoint> calibration(List<CalibrationBin> bins) {
        List<CurvePoint> points = new ArrayList<>();
        for (CalibrationBin b : bins) {
            if (b.n() > 0) {
                points.add(new CurvePoint(b.meanPredicted(), b.observed()));
            }
        }
        return points;
    }

    private static Integer[] descending(double[] p) {
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> p[i]).reversed());
        return order;
    }
}
