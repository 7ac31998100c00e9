package org.imrtoolkit.model;

/**
 * Platt scaling of a model's log-odds s: P = 1 / (1 + exp(-(a s + b))). A model trained with
 * balanced classes gives probabilities far from the real rates; the scaling, fitted on
 * out-of-fold log-odds when training, brings them back. Applied through
 * {@link Scorer#calibrated(PlattScaling)}.
 *
 * @param a the slope
 * @param b the offset
 */
public record PlattScaling(double a, double b) {

    public static final PlattScaling IDENTITY = new PlattScaling(1, 0);

    /** The calibrated log-odds a s + b. */
    public double scale(double score) {
        return a * score + b;
    }

    public double probability(double score) {
        return 1.0 / (1.0 + Math.exp(-scale(score)));
    }

    /** This scaling applied after {@code inner}: the one scaling both make together. */
    public PlattScaling after(PlattScaling inner) {
        return new PlattScaling(a * inner.a(), a * inner.b() + b);
    }
}
