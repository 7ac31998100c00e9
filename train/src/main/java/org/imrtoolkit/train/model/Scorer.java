package org.imrtoolkit.train.model;

import org.imrtoolkit.train.encode.SparseVector;

/** A fitted binary model: the log-odds of the positive class, and what each input added to them. */
public interface Scorer {

    /** The log-odds of the positive class. */
    double score(SparseVector x);

    default double probability(SparseVector x) {
        return 1.0 / (1.0 + Math.exp(-score(x)));
    }

    /** What each of the vector's entries added to the log-odds, in the vector's order. */
    double[] contributions(SparseVector x);
}
