package org.imrtoolkit.model;

import org.imrtoolkit.model.encode.FeatureSet;
import org.imrtoolkit.model.metrics.Objective;

/**
 * How a model was trained, as its manifest records it (the {@code options} object of
 * {@code manifest.json}). A record of its own, so that reading a model never needs the training code.
 *
 * @param algorithm            logistic, rf or gbm
 * @param featureSet           which feature blocks were used
 * @param folds                cross-validation folds asked for
 * @param seed                 the seed of fold assignment and of Smile
 * @param lambda               the L2 penalty of the logistic regression
 * @param minDocumentFrequency cases a term needed to enter the vocabulary
 * @param balance              whether the two classes were weighted equally
 * @param objective            what the decision threshold was chosen to maximise
 */
public record TrainingSettings(String algorithm, FeatureSet featureSet, int folds, long seed, double lambda,
                               int minDocumentFrequency, boolean balance, Objective objective) {

    public TrainingSettings {
        if (algorithm == null) {
            algorithm = LogisticModel.ALGORITHM; // model files written before the option existed
        }
    }
}
