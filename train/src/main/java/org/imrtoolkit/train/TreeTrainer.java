package org.imrtoolkit.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.imrtoolkit.model.PlattScaling;
import org.imrtoolkit.model.TreeModel;
import org.imrtoolkit.model.encode.FeatureSpec;
import org.imrtoolkit.model.encode.SparseVector;
import smile.classification.GradientTreeBoost;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.IntVector;
import smile.math.MathEx;
import smile.model.cart.SplitRule;

/**
 * Fits Smile's random forest ({@code rf}) or gradient boosting ({@code gbm}) on the first
 * {@code dimensions} inputs (the named clinical features and categorical columns; trees gain
 * nothing from thousands of sparse terms). Classes are balanced as for the logistic model, by
 * repeating minority examples; seeds come from the training seed, so a fit is repeatable.
 */
public final class TreeTrainer implements Trainer {

    public static final int TREES = 300;

    private final Algorithm algorithm;
    private final boolean balance;
    private final long seed;

    public TreeTrainer(Algorithm algorithm, boolean balance, long seed) {
        if (algorithm.readsTerms()) {
            throw new IllegalArgumentException("no tree algorithm '" + algorithm.label() + "' (rf or gbm)");
        }
        this.algorithm = algorithm;
        this.balance = balance;
        this.seed = seed;
    }

    /** Fits the ensemble on the named and categorical inputs of the spec, which come first. */
    @Override
    public TreeModel fit(List<SparseVector> x, int[] y, FeatureSpec spec) {
        return fit(x, y, spec.named().size() + spec.categories().size());
    }

    public TreeModel fit(List<SparseVector> x, int[] y, int dimensions) {
        if (dimensions == 0) {
            throw new IllegalArgumentException("a tree model needs named or categorical features; there are none");
        }
        int[] copies = LogisticTrainer.copies(y, balance);
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            double[] dense = new double[dimensions];
            SparseVector v = x.get(i);
            for (int k = 0; k < v.size(); k++) {
                if (v.indices()[k] < dimensions) {
                    dense[v.indices()[k]] = v.values()[k];
                }
            }
            for (int c = 0; c < copies[y[i]]; c++) {
                rows.add(dense);
                labels.add(y[i]);
            }
        }
        DataFrame data = DataFrame.of(rows.toArray(double[][]::new), names(dimensions))
                .add(new IntVector("y", labels.stream().mapToInt(Integer::intValue).toArray()));
        Formula formula = Formula.lhs("y");
        MathEx.setSeed(seed);
        if (algorithm == Algorithm.RF) {
            SplittableRandom random = new SplittableRandom(seed);
            long[] seeds = new long[TREES];
            for (int t = 0; t < TREES; t++) {
                seeds[t] = random.nextLong();
            }
            var options = new RandomForest.Options(TREES, 0, SplitRule.GINI, 20, 0, 5, 1.0, null, seeds, null);
            return new TreeModel(algorithm.label(), SmileTrees.of(RandomForest.fit(formula, data, options), dimensions),
                    PlattScaling.IDENTITY);
        }
        var options = new GradientTreeBoost.Options(TREES, 20, 6, 5, 0.05, 0.7, null, null);
        return new TreeModel(algorithm.label(), SmileTrees.of(GradientTreeBoost.fit(formula, data, options), dimensions),
                PlattScaling.IDENTITY);
    }

    private static String[] names(int dimensions) {
        String[] names = new String[dimensions];
        for (int i = 0; i < dimensions; i++) {
            names[i] = "f" + i;
        }
        return names;
    }
}
