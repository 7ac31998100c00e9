package org.imrtoolkit.train;

import java.util.ArrayList;
import java.util.List;

import org.imrtoolkit.model.LogisticModel;
import org.imrtoolkit.model.encode.FeatureSpec;
import org.imrtoolkit.model.encode.SparseVector;
import smile.classification.LogisticRegression;
import smile.classification.SparseLogisticRegression;
import smile.data.SampleInstance;
import smile.data.SparseDataset;
import smile.math.MathEx;
import smile.util.SparseArray;

/**
 * Fits an L2-regularised binary logistic regression with Smile's {@link SparseLogisticRegression},
 * which takes the sparse lexical inputs as they are. Smile has no sample weights here, so the class
 * balance is restored by repeating each minority-class example (ratio rounded): the same likelihood
 * as integer class weights.
 */
public final class LogisticTrainer implements Trainer {

    private final double lambda;
    private final boolean balance;
    private final long seed;

    /**
     * @param lambda  the L2 penalty
     * @param balance whether to weight the classes equally
     * @param seed    Smile's random seed, set right before each fit
     */
    public LogisticTrainer(double lambda, boolean balance, long seed) {
        if (lambda < 0) {
            throw new IllegalArgumentException("lambda must not be negative: " + lambda);
        }
        this.lambda = lambda;
        this.balance = balance;
        this.seed = seed;
    }

    /** Fits a weight for every input of the spec. */
    @Override
    public LogisticModel fit(List<SparseVector> x, int[] y, FeatureSpec spec) {
        return fit(x, y, spec.size());
    }

    /**
     * @param x          the encoded examples
     * @param y          1 for the positive class, 0 for the other
     * @param dimensions the number of inputs
     */
    public LogisticModel fit(List<SparseVector> x, int[] y, int dimensions) {
        int[] copies = copies(y, balance);
        List<SampleInstance<SparseArray, Integer>> data = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            SparseArray row = toSmile(x.get(i));
            for (int c = 0; c < copies[y[i]]; c++) {
                data.add(new SampleInstance<>(row, y[i]));
            }
        }
        MathEx.setSeed(seed);
        var options = new LogisticRegression.Options(lambda, 1E-5, 500);
        SparseLogisticRegression.Binomial fitted =
                SparseLogisticRegression.binomial(new SparseDataset<>(data, dimensions), options);
        double[] w = fitted.coefficients();
        // Smile keeps the intercept after the weights.
        double[] weights = java.util.Arrays.copyOf(w, dimensions);
        return new LogisticModel(weights, w[dimensions]);
    }

    /**
     * How many times to repeat an example of each class (index 0 negative, 1 positive): the rarer
     * class as often as the ratio of the two, when balancing.
     *
     * @throws IllegalArgumentException when a class is absent
     */
    static int[] copies(int[] y, boolean balance) {
        int positives = 0;
        for (int label : y) {
            positives += label;
        }
        int negatives = y.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("both classes are needed to fit a model");
        }
        int[] copies = {1, 1};
        if (balance) {
            if (positives < negatives) {
                copies[1] = Math.max(1, (int) Math.round(negatives / (double) positives));
            } else {
                copies[0] = Math.max(1, (int) Math.round(positives / (double) negatives));
            }
        }
        return copies;
    }

    static SparseArray toSmile(SparseVector v) {
        SparseArray a = new SparseArray(v.size());
        for (int k = 0; k < v.size(); k++) {
            a.append(v.indices()[k], v.values()[k]);
        }
        return a;
    }
}
