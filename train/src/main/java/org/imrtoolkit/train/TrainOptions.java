package org.imrtoolkit.train;

import java.util.List;

import org.imrtoolkit.train.encode.FeatureSet;
import org.imrtoolkit.train.metrics.MetricsCalculator.Objective;

/**
 * How to train.
 *
 * @param algorithm            logistic (default), rf or gbm
 * @param featureSet           which feature blocks to use
 * @param folds                cross-validation folds (fewer when a class is too small)
 * @param seed                 the seed of fold assignment and of Smile
 * @param lambda               the L2 penalty of the logistic regression
 * @param minDocumentFrequency cases a term needs to enter the vocabulary
 * @param balance              weight the two classes equally
 * @param objective            what the decision threshold is chosen to maximise on cross-validated predictions
 */
public record TrainOptions(String algorithm, FeatureSet featureSet, int folds, long seed, double lambda, int minDocumentFrequency,
                           boolean balance, Objective objective) {

    /** Declared before DEFAULT, which its constructor checks against. */
    public static final List<String> ALGORITHMS = List.of("logistic", "rf", "gbm");

    public static final TrainOptions DEFAULT =
            new TrainOptions("logistic", FeatureSet.ALL, 5, 42, 1.0, 2, true, Objective.BALANCED_ACCURACY);

    public TrainOptions {
        if (algorithm == null) {
            algorithm = "logistic"; // model files written before the option existed
        }
        if (!ALGORITHMS.contains(algorithm)) {
            throw new IllegalArgumentException("no algorithm '" + algorithm + "'; choose one of " + ALGORITHMS);
        }
        if (!algorithm.equals("logistic") && featureSet.lexical()) {
            throw new IllegalArgumentException(algorithm + " grows trees on the named clinical features and "
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
}
