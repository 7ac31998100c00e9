package org.imrtoolkit.model;

import java.util.Arrays;

import org.imrtoolkit.model.encode.SparseVector;

/**
 * A binary logistic model as its coefficients: P(positive | x) = 1 / (1 + exp(-(b + w.x))). Kept as
 * numbers, not as a serialized Smile object, so that the model file is readable, stable across
 * library versions, and each input's contribution to a prediction is plain to see.
 *
 * @param weights   one weight per input
 * @param intercept the bias
 */
public record LogisticModel(double[] weights, double intercept) implements Scorer {

    public static final String ALGORITHM = "logistic";

    /** The log-odds b + w.x. */
    @Override
    public double score(SparseVector x) {
        double s = intercept;
        for (int k = 0; k < x.size(); k++) {
            int i = x.indices()[k];
            if (i < weights.length) {
                s += weights[i] * x.values()[k];
            }
        }
        return s;
    }

    /** Each input's contribution w_i x_i to the log-odds, in the vector's order. */
    @Override
    public double[] contributions(SparseVector x) {
        double[] c = new double[x.size()];
        for (int k = 0; k < x.size(); k++) {
            int i = x.indices()[k];
            c[k] = i < weights.length ? weights[i] * x.values()[k] : 0;
        }
        return c;
    }

    /** The scaling folded into the coefficients: a logistic model stays a logistic model. */
    @Override
    public LogisticModel calibrated(PlattScaling scaling) {
        double[] w = weights.clone();
        for (int i = 0; i < w.length; i++) {
            w[i] *= scaling.a();
        }
        return new LogisticModel(w, scaling.scale(intercept));
    }

    @Override
    public String algorithm() {
        return ALGORITHM;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogisticModel m && Arrays.equals(weights, m.weights) && intercept == m.intercept;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(weights) + Double.hashCode(intercept);
    }

    @Override
    public String toString() {
        return "LogisticModel[" + weights.length + " weights, intercept " + intercept + "]";
    }
}
