package org.imrtoolkit.train;

import org.imrtoolkit.model.TrainingSettings;
import org.imrtoolkit.model.encode.FeatureSet;
import org.imrtoolkit.model.metrics.Objective;

/**
 * How to train.
 *
 * @param algorithm            the learner
 * @param featureSet           which feature blocks to use
 * @param folds                cross-validation folds (fewer when a class is too small)
 * @param seed                 the seed of fold assignment and of Smile
 * @param lambda               the L2 penalty of the logistic regression
 * @param minDocumentFrequency cases a term needs to enter the vocabulary
 * @param balance              weight the two classes equally
 * @param objective            what the decision threshold is chosen to maximise on cross-validated predictions
 */
public record TrainOptions(Algorithm algorithm, FeatureSet featureSet, int folds, long seed, double lambda,
                           int minDocumentFrequency, boolean balance, Objective objective) {

    public static final TrainOptions DEFAULT =
            new TrainOptions(Algorithm.LOGISTIC, FeatureSet.ALL, 5, 42, 1.0, 2, true, Objective.BALANCED_ACCURACY);

    public TrainOptions {
        if (!algorithm.readsTerms() && featureSet.lexical()) {
            throw new IllegalArgumentException(algorithm.label() + " grows trees on the named clinical features and "
                    + "categorical columns: use --feature-set clinical");
        }
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds: " + folds);
        }
        if (lambda < 0) {
            throw new IllegalArgumentException("lambda must not be negative: " + lambda);
        }
        if (minDocumentFrequency < 1) {
            throw new IllegalArgumentException("the minimum document frequency is at least 1: " + minDocumentFrequency);
        }
    }

    /** The options as the model's manifest records them. */
    public TrainingSettings settings() {
        return new TrainingSettings(algorithm.label(), featureSet, folds, seed, lambda, minDocumentFrequency, balance,
                objective);
    }
}
