package org.imrtoolkit.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.imrtoolkit.model.encode.FeatureSet;
import org.imrtoolkit.model.metrics.Interval;
import org.imrtoolkit.model.metrics.Metrics;
import org.imrtoolkit.model.metrics.Objective;
import org.imrtoolkit.model.metrics.RepeatedFigures;
import org.imrtoolkit.model.metrics.Spread;
import org.junit.jupiter.api.Test;

/** Repeated cross-validation and --lambda auto on the 311 real items of the shared letters. */
class RepeatedCrossValidationTest {

    private static TrainOptions options(FeatureSet set, int repeats, double lambda, boolean tune) {
        return new TrainOptions(Algorithm.LOGISTIC, set, 5, repeats, 42, lambda, tune, 2, true,
                Objective.BALANCED_ACCURACY);
    }

    @Test
    void fiveRepeatsGiveIntervalsThatHoldTheirMean() throws Exception {
        Dataset data = TrainingFixtures.wcLetters();
        CrossValidation.Result cv = CrossValidation.run(data, TrainOptions.DEFAULT, 2, f -> { });
        RepeatedFigures r = cv.repeated();
        System.out.printf("wc-letters 5 x 5-fold CV, default: ROC-AUC %.3f (sd %.3f) %s, PR-AUC %.3f %s, Brier %.3f %s%n",
                r.rocAuc().mean(), r.rocAuc().sd(), r.intervals().rocAuc(), r.prAuc().mean(), r.intervals().prAuc(),
                r.brier().mean(), r.intervals().brier());
        assertEquals(5, r.repeats());
        assertEquals(List.of(42L, 43L, 44L, 45L, 46L), r.seeds());
        assertEquals(5, r.perRepeat().size());
        for (Metrics m : r.perRepeat()) {
            assertEquals(311, m.n());
            assertEquals(cv.threshold(), m.threshold(), "one threshold, chosen on all repeats");
        }
        assertEquals(cv.pooled(), r.perRepeat().get(0), "the first repeat is the seed's own cross-validation");
        holds(r.intervals().rocAuc(), r.rocAuc(), "ROC-AUC");
        holds(r.intervals().prAuc(), r.prAuc(), "PR-AUC");
        holds(r.intervals().balancedAccuracy(), r.balancedAccuracy(), "balanced accuracy");
        holds(r.intervals().brier(), r.brier(), "Brier");
        // 34 Overturned items in 129 letters cannot pin ROC-AUC down to a few hundredths.
        assertTrue(r.intervals().rocAuc().high() - r.intervals().rocAuc().low() > 0.1, r.intervals().rocAuc().toString());
        assertTrue(r.rocAuc().sd() > 0, "the fold seed moves the figures");
    }

    private static void holds(Interval interval, Spread spread, String name) {
        assertTrue(interval.contains(spread.mean()), name + " mean " + spread.mean() + " outside " + interval);
    }

    @Test
    void lambdaAutoPicksFromItsGridAndIsDeterministic() throws Exception {
        Dataset data = TrainingFixtures.wcLetters();
        TrainOptions auto = options(FeatureSet.REASONS, 1, 1.0, true);
        double chosen = LambdaSearch.choose(data, auto);
        assertTrue(LambdaSearch.GRID.contains(chosen), "chosen " + chosen);
        assertEquals(chosen, LambdaSearch.choose(data, auto), "the same data and seed give the same lambda");
        assertEquals(chosen, Training.tuned(data, auto).lambda());
        assertEquals(0.3, Training.tuned(data, options(FeatureSet.REASONS, 1, 0.3, false)).lambda(),
                "a fixed lambda is kept");
    }

    @Test
    void lambdaAutoIsTunedInsideEachTrainingFold() throws Exception {
        Dataset data = TrainingFixtures.wcLetters();
        CrossValidation.Result cv = CrossValidation.run(data, options(FeatureSet.REASONS, 1, 1.0, true), 2, f -> { });
        assertEquals(5, cv.lambdas().size(), "one choice per outer fold: " + cv.lambdas());
        assertTrue(LambdaSearch.GRID.containsAll(cv.lambdas()), cv.lambdas().toString());
        assertTrue(CrossValidation.run(data, options(FeatureSet.REASONS, 1, 1.0, false), f -> { }).lambdas().isEmpty());
    }
}
