package org.imrtoolkit.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.SplittableRandom;

import org.imrtoolkit.model.TreeEnsemble;
import org.junit.jupiter.api.Test;
import smile.classification.GradientTreeBoost;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.vector.IntVector;
import smile.model.cart.SplitRule;

/** The toolkit's own tree walker gives the probabilities Smile gives, on inputs it never saw. */
class SmileTreesTest {

    private static final int FEATURES = 4;

    @Test
    void ownWalkerScoresAsSmileDoes() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 300;
        double[][] x = new double[n][FEATURES];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < FEATURES; j++) {
                x[i][j] = j == 3 ? random.nextInt(3) : random.nextGaussian();
            }
            y[i] = x[i][0] + 0.5 * x[i][1] * x[i][3] + 0.3 * random.nextGaussian() > 0.4 ? 1 : 0;
        }
        String[] names = {"f0", "f1", "f2", "f3"};
        DataFrame data = DataFrame.of(x, names).add(new IntVector("y", y));
        Formula formula = Formula.lhs("y");
        long[] seeds = random.longs(50).toArray();
        RandomForest forest = RandomForest.fit(formula, data,
                new RandomForest.Options(50, 0, SplitRule.GINI, 20, 0, 5, 1.0, null, seeds, null));
        GradientTreeBoost boost = GradientTreeBoost.fit(formula, data,
                new GradientTreeBoost.Options(50, 20, 6, 5, 0.05, 0.7, null, null));
        TreeEnsemble rf = SmileTrees.of(forest, FEATURES);
        TreeEnsemble gbm = SmileTrees.of(boost, FEATURES);
        assertNull(rf.problem(FEATURES));
        assertNull(gbm.problem(FEATURES));
        var schema = DataFrame.of(new double[1][FEATURES], names).schema();
        for (int i = 0; i < 500; i++) {
            double[] point = {random.nextGaussian() * 2, random.nextGaussian() * 2, random.nextGaussian(), random.nextInt(4)};
            Tuple t = Tuple.of(schema, point);
            double[] p = new double[2];
            forest.predict(t, p);
            assertEquals(p[1], rf.positiveProbability(point), 1e-12, "rf at " + java.util.Arrays.toString(point));
            boost.predict(t, p);
            assertEquals(p[1], gbm.positiveProbability(point), 1e-12, "gbm at " + java.util.Arrays.toString(point));
        }
    }
}
