package org.imrtoolkit.model;

import java.util.Objects;

import org.imrtoolkit.model.encode.SparseVector;

/**
 * A tree ensemble (random forest or gradient boosting, fitted by Smile and kept as the toolkit's
 * own {@link TreeEnsemble}) over the named clinical features and categorical columns: the first
 * {@code dimensions} inputs of the feature spec. Its log-odds are those of the ensemble's
 * probability after Platt scaling. An input's contribution is how much the
 * log-odds drop when that input is set to zero: trees have no weights to read. Thread-safe.
 *
 */
public final class TreeModel implements Scorer {

    private static final double EPSILON = 1e-6;

    private final String algorithm;
    private final TreeEnsemble trees;
    private final int dimensions;
    private final PlattScaling calibration;

    /**
     * @param algorithm   "rf" or "gbm"
     * @param trees       the fitted ensemble
     * @param calibration the Platt scaling of its log-odds
     */
    public TreeModel(String algorithm, TreeEnsemble trees, PlattScaling calibration) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.trees = Objects.requireNonNull(trees, "trees");
        this.dimensions = trees.features();
        this.calibration = Objects.requireNonNull(calibration, "calibration");
    }

    @Override
    public String algorithm() {
        return algorithm;
    }

    public TreeEnsemble trees() {
        return trees;
    }

    public int dimensions() {
        return dimensions;
    }

    public PlattScaling calibration() {
        return calibration;
    }

    /** Kept beside the ensemble, after any scaling it already has: trees have no weights to fold it into. */
    @Override
    public TreeModel calibrated(PlattScaling scaling) {
        return new TreeModel(algorithm, trees, scaling.after(calibration));
    }

    @Override
    public double score(SparseVector x) {
        return score(dense(x));
    }

    @Override
    public double[] contributions(SparseVector x) {
        double[] dense = dense(x);
        double full = score(dense);
        double[] c = new double[x.size()];
        for (int k = 0; k < x.size(); k++) {
            int i = x.indices()[k];
            if (i < dimensions) {
                double saved = dense[i];
                dense[i] = 0;
                c[k] = full - score(dense);
                dense[i] = saved;
            }
        }
        return c;
    }

    private double score(double[] dense) {
        double p = Math.min(1 - EPSILON, Math.max(EPSILON, trees.positiveProbability(dense)));
        return calibration.scale(Math.log(p / (1 - p)));
    }

    private double[] dense(SparseVector x) {
        double[] dense = new double[dimensions];
        for (int k = 0; k < x.size(); k++) {
            if (x.indices()[k] < dimensions) {
                dense[x.indices()[k]] = x.values()[k];
            }
        }
        return dense;
    }

    @Override
    public String toString() {
        return "TreeModel[" + algorithm + ", " + dimensions + " inputs, " + calibration + "]";
    }
}
