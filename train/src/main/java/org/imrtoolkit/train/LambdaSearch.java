package org.imrtoolkit.train;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.imrtoolkit.model.Scorer;
import org.imrtoolkit.model.encode.FeatureEncoder;
import org.imrtoolkit.model.encode.SparseVector;
import org.imrtoolkit.model.metrics.MetricsCalculator;
import org.imrtoolkit.model.metrics.Spread;

/**
 * {@code --lambda auto}: the L2 penalty chosen by repeated cross-validation inside the data it is
 * given, which in cross-validation is a fold's training part only (nested), so the outer figures are
 * never tuned on their own test folds. Each lambda of the grid is scored by the ROC-AUC of each inner
 * test fold; the choice is the largest lambda whose mean is within one standard error of the best
 * mean (the one-standard-error rule): with a few dozen positives, a higher inner peak is mostly the
 * split's luck, and the stronger penalty gives the steadier model.
 */
public final class LambdaSearch {

    /** The lambdas tried, from weak to strong. */
    public static final List<Double> GRID = List.of(0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0);

    /** Inner repetitions of k-fold cross-validation. */
    static final int INNER_REPEATS = 2;

    /** Inner fold seeds start here, past the outer repeats' seeds. */
    private static final long INNER_SEED_OFFSET = 1_000;

    private LambdaSearch() {
    }

    /** The chosen lambda; deterministic for a dataset and seed. */
    public static double choose(Dataset data, TrainOptions options) {
        int k = CrossValidation.folds(data, options.folds());
        List<List<Double>> aucs = new ArrayList<>();
        GRID.forEach(g -> aucs.add(new ArrayList<>()));
        for (int r = 0; r < INNER_REPEATS; r++) {
            int[] fold = CrossValidation.assignFolds(data, k, options.seed() + INNER_SEED_OFFSET + r);
            for (int f = 0; f < k; f++) {
                // One encoding per inner fold, shared by every lambda: only the penalty differs.
                Dataset train = data.subset(rows(fold, f, false));
                Dataset test = data.subset(rows(fold, f, true));
                FeatureEncoder encoder = FeatureEncoder.fit(train.examples(), options.featureSet(),
                        options.minDocumentFrequency());
                List<SparseVector> x = CrossValidation.encodeAll(encoder, train);
                List<SparseVector> xTest = CrossValidation.encodeAll(encoder, test);
                for (int g = 0; g < GRID.size(); g++) {
                    Scorer model = new LogisticTrainer(GRID.get(g), options.balance(), options.seed())
                            .fit(x, train.y(), encoder.spec());
                    double[] scores = new double[xTest.size()];
                    for (int i = 0; i < scores.length; i++) {
                        scores[i] = model.score(xTest.get(i));
                    }
                    aucs.get(g).add(MetricsCalculator.rocAuc(test.y(), scores));
                }
            }
        }
        double[] means = new double[GRID.size()];
        double[] errors = new double[GRID.size()];
        for (int g = 0; g < GRID.size(); g++) {
            Spread spread = Spread.of(aucs.get(g));
            means[g] = spread.mean();
            errors[g] = spread.sd() / Math.sqrt(aucs.get(g).size());
        }
        int best = 0;
        for (int g = 1; g < GRID.size(); g++) {
            if (means[g] > means[best]) {
                best = g;
            }
        }
        int chosen = best;
        for (int g = GRID.size() - 1; g > best; g--) {
            if (means[g] >= means[best] - errors[best]) {
                chosen = g;
                break;
            }
        }
        return GRID.get(chosen);
    }

    private static int[] rows(int[] fold, int f, boolean in) {
        return IntStream.range(0, fold.length).filter(i -> (fold[i] == f) == in).toArray();
    }

}
