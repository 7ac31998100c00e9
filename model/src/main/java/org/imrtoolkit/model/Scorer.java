package org.imrtoolkit.model;

import org.imrtoolkit.model.encode.SparseVector;

/**
 * A fitted binary model: the log-odds of the positive class, and what each input added to them.
 * Sealed, so that the model file can write every kind there is.
 */
public sealed interface Scorer permits LogisticModel, TreeModel {

    /** The log-odds of the positive class. */
    double score(SparseVector x);

    default double probability(SparseVector x) {
        return 1.0 / (1.0 + Math.exp(-score(x)));
    }

    /** What each of the vector's entries added to the log-odds, in the vector's order. */
    double[] contributions(SparseVector x);

    /** The same model with its log-odds Platt-scaled: each kind applies the scaling its own way. */
    Scorer calibrated(PlattScaling scaling);

    /** The algorithm's name as the manifest records it: logistic, rf or gbm. */
    String algorithm();
}
