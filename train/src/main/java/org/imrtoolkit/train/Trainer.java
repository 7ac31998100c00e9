package org.imrtoolkit.train;

import java.util.List;

import org.imrtoolkit.model.Scorer;
import org.imrtoolkit.model.encode.FeatureSpec;
import org.imrtoolkit.model.encode.SparseVector;

/** A learner: fits a model of the positive class on encoded examples. */
public interface Trainer {

    /**
     * @param x    the encoded examples
     * @param y    1 for the positive class, 0 for the other
     * @param spec what the inputs are
     * @return the fitted model, uncalibrated
     */
    Scorer fit(List<SparseVector> x, int[] y, FeatureSpec spec);
}
