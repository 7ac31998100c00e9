package org.imrtoolkit.train;

import org.imrtoolkit.model.PlattScaling;

/**
 * Fits Platt scaling on out-of-fold log-odds s, so that a model trained with balanced classes
 * still gives probabilities near the real rates (its raw ones are far too high, or, when it
 * memorised its few positives, far too low). Newton's method with Platt's smoothed targets
 * (N+ + 1) / (N+ + 2) and 1 / (N- + 2).
 */
public final class PlattFit {

    private PlattFit() {
    }

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
        double loss = loss(scores, y, hi, lo, a, b);
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
            // Backtrack until the loss falls: with scores near-separated (an over-fitted ensemble's
            // log-odds of +-14) a full Newton step overshoots and the fit diverges.
            double step = 1;
            double next = loss(scores, y, hi, lo, a - step * da, b - step * db);
            while (next > loss && step > 1e-8) {
                step /= 2;
                next = loss(scores, y, hi, lo, a - step * da, b - step * db);
            }
            if (next > loss) {
                break;
            }
            a -= step * da;
            b -= step * db;
            boolean converged = loss - next < 1e-12;
            loss = next;
            if (converged) {
                break;
            }
        }
        return new PlattScaling(a, b);
    }

    /** Cross-entropy of the scaled scores against Platt's targets. */
    private static double loss(double[] scores, int[] y, double hi, double lo, double a, double b) {
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            double z = a * scores[i] + b;
            double t = y[i] == 1 ? hi : lo;
            // log(1 + e^z) - t z, computed without overflow
            double softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
            sum += softplus - t * z;
        }
        return sum;
    }

    private static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }
}
