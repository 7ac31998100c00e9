package org.imrtoolkit.train;

import org.imrtoolkit.train.model.LogisticModel;

/**
 * Platt scaling: P = 1 / (1 + exp(-(a s + b))) fitted on out-of-fold log-odds s, so that a model
 * trained with balanced classes still gives probabilities near the real rates (its raw ones are
 * far too high, or, when it memorised its few positives, far too low). Fitted by Newton's method
 * with Platt's smoothed targets (N+ + 1) / (N+ + 2) and 1 / (N- + 2).
 *
 * @param a the slope
 * @param b the offset
 */
public record PlattScaling(double a, double b) {

    public static final PlattScaling IDENTITY = new PlattScaling(1, 0);

    public static PlattScaling fit(double[] scores, int[] y) {
        int positives = 0;
        for (int v : y) {
            positives += v;
        }
        int negatives = y.length - positives;
        double hi = (positives + 1.0) / (positives + 2.0);
        double lo = 1.0 / (negatives + 2.0);
        double a = 1;
        double b = 0;
        for (int iteration = 0; iteration < 100; iteration++) {
            double ga = 0;
            double gb = 0;
            double haa = 1e-12;
            double hab = 0;
            double hbb = 1e-12;
            for (int i = 0; i < scores.length; i++) {
                double p = sigmoid(a * scores[i] + b);
                double t = y[i] == 1 ? hi : lo;
                double d = p - t;
                double w = p * (1 - p);
                ga += d * scores[i];
                gb += d;
                haa += w * scores[i] * scores[i];
                hab += w * scores[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (Math.abs(det) < 1e-18) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) {
                break;
            }
        }
        return new PlattScaling(a, b);
    }

    public double probability(double score) {
        return sigmoid(a * score + b);
    }

    /** The same logistic model with the scaling folded into its coefficients. */
    public LogisticModel apply(LogisticModel model) {
        double[] w = model.weights().clone();
        for (int i = 0; i < w.length; i++) {
            w[i] *= a;
        }
        return new LogisticModel(w, a * model.intercept() + b);
    }

    private static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }
}
