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
 * @param repeats              repetitions of the k-fold cross-validation, repeat r with fold seed seed + r
 * @param seed                 the seed of fold assignment, of the bootstrap and of Smile
 * @param lambda               the L2 penalty of the logistic regression (the start of nothing when tuned)
 * @param tuneLambda           choose lambda by repeated inner cross-validation within each training set
 * @param minDocumentFrequency cases a term needs to enter the vocabulary
 * @param balance              weight the two classes equally
 * @param objective            what the decision threshold is chosen to maximise on cross-validated predictions
 */
public record TrainOptions(Algorithm algorithm, FeatureSet featureSet, int folds, int repeats, long seed,
                           double lambda, boolean tuneLambda, int minDocumentFrequency, boolean balance,
                           Objective objective) {

    /** The default lambda: strong, since 34 positives cannot support weak regularisation (see the README). */
    public static final double DEFAULT_LAMBDA = 10.0;

    /** What {@code imr train} does without options: the shipped model's settings, so figures printed as the default's are. */
    public static final TrainOptions DEFAULT = new TrainOptions(Algorithm.LOGISTIC, Algorithm.LOGISTIC.defaultFeatureSet(), 5, 5, 42,
            DEFAULT_LAMBDA, false, 2, true, Objective.BALANCED_ACCURACY);

    /** One repeat, a fixed lambda. */
    public TrainOptions(Algorithm algorithm, FeatureSet featureSet, int folds, long seed, double lambda,
                        int minDocumentFrequency, boolean balance, Objective objective) {
        this(algorithm, featureSet, folds, 1, seed, lambda, false, minDocumentFrequency, balance, objective);
    }

    public TrainOptions {
        if (!algorithm.readsTerms() && featureSet.lexical()) {
            throw new IllegalArgumentException(algorithm.label() + " grows trees on the named clinical features and "
                    + "categorical columns: use --feature-set clinical");
        }
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds: " + folds);
        }
        if (repeats < 1) {
            throw new IllegalArgumentException("at least one repeat of cross-validation: " + repeats);
        }
        if (tuneLambda && algorithm != Algorithm.LOGISTIC) {
            throw new IllegalArgumentException("--lambda auto tunes the logistic regression's penalty; "
                    + algorithm.label() + " has none");
        }
        if (lambda < 0) {
            throw new IllegalArgumentException("lambda must not be negative: " + lambda);
        }
        if (minDocumentFrequency < 1) {
            throw new IllegalArgumentException("the minimum document frequency is at least 1: " + minDocumentFrequency);
        }
    }

    /** The same options with a fixed lambda. */
    public TrainOptions withLambda(double value) {
        return new TrainOptions(algorithm, featureSet, folds, repeats, seed, value, false, minDocumentFrequency,
                balance, objective);
    }

    /** The options as the model's manifest records them. */
    public TrainingSettings settings() {
        return new TrainingSettings(algorithm.label(), featureSet, folds, seed, lambda, minDocumentFrequency, balance,
                objective);
    }
}
