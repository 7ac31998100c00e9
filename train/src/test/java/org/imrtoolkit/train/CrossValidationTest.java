package org.imrtoolkit.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.imrtoolkit.model.encode.FeatureSet;
import org.imrtoolkit.model.metrics.Metrics;
import org.imrtoolkit.model.metrics.Objective;
import org.junit.jupiter.api.Test;

/** Cross-validation on the 311 real items of the shared letters. */
class CrossValidationTest {

    @Test
    void theModelBeatsTheAlwaysUpheldBaseline() throws Exception {
        Dataset data = TrainingFixtures.wcLetters();
        assertEquals(311, data.size());
        assertEquals(34, data.positives());
        assertEquals(List.of("Upheld", "Overturned"), data.labels());
        CrossValidation.Result cv = CrossValidation.run(data, TrainOptions.DEFAULT, f -> { });
        Metrics m = cv.pooled();
        System.out.printf("wc-letters 5-fold CV: balanced accuracy %.3f, ROC-AUC %.3f, PR-AUC %.3f (base rate %.3f), "
                        + "Overturned recall %.3f, Brier %.3f (baseline %.3f)%n", m.balancedAccuracy(), m.rocAuc(), m.prAuc(),
                m.baseline().prAuc(), m.positiveRecall(), m.brier(), m.baseline().brier());
        assertEquals(5, cv.folds());
        assertEquals(311, m.n());
        assertTrue(m.rocAuc() > 0.65, "ROC-AUC " + m.rocAuc());
        assertTrue(m.prAuc() > 1.5 * m.baseline().prAuc(), "PR-AUC " + m.prAuc());
        assertTrue(m.balancedAccuracy() > 0.65, "balanced accuracy " + m.balancedAccuracy());
        assertTrue(m.positiveRecall() > 0.6, "Overturned recall " + m.positiveRecall());
        assertTrue(m.brier() < m.baseline().brier(), "calibrated Brier " + m.brier() + " vs " + m.baseline().brier());
        assertEquals(5, cv.perFold().size());
        assertEquals(311, cv.perFold().stream().mapToInt(Metrics::n).sum());
    }

    @Test
    void clinicalFeaturesBeatLexicalOnesAlone() throws Exception {
        Dataset data = TrainingFixtures.wcLetters();
        TrainOptions lexical = new TrainOptions(Algorithm.LOGISTIC, FeatureSet.LEXICAL, 5, 42, 1.0, 2, true, Objective.BALANCED_ACCURACY);
        TrainOptions all = TrainOptions.DEFAULT;
        double lexicalAuc = CrossValidation.run(data, lexical, f -> { }).pooled().rocAuc();
        double allAuc = CrossValidation.run(data, all, f -> { }).pooled().rocAuc();
        System.out.printf("ROC-AUC lexical %.3f, all %.3f%n", lexicalAuc, allAuc);
        assertTrue(allAuc > lexicalAuc + 0.03, "all " + allAuc + " vs lexical " + lexicalAuc);
    }

    @Test
    void foldsKeepALettersItemsTogetherAndShareBothOutcomes() throws Exception {
        Dataset data = TrainingFixtures.wcLetters();
        int[] fold = CrossValidation.assignFolds(data, 5, 42);
        Map<String, Integer> letterFold = new HashMap<>();
        int[] positives = new int[5];
        for (int i = 0; i < data.size(); i++) {
            String letter = data.examples().get(i).group();
            Integer previous = letterFold.putIfAbsent(letter, fold[i]);
            assertTrue(previous == null || previous == fold[i], letter + " is split across folds");
            positives[fold[i]] += data.y()[i];
        }
        for (int p : positives) {
            assertTrue(p >= 4, "each fold has Overturned items: " + java.util.Arrays.toString(positives));
        }
        assertArrayEquals(fold, CrossValidation.assignFolds(data, 5, 42), "the same seed gives the same folds");
    }

    @Test
    void tooFewOfAClassMeansFewerFoldsOrAClearError() throws Exception {
        Dataset data = TrainingFixtures.wcLetters();
        int[] rows = new int[60];
        int k = 0;
        int positives = 0;
        for (int i = 0; i < data.size() && k < rows.length; i++) {
            if (data.y()[i] == 1 && positives < 3) {
                rows[k++] = i;
                positives++;
            } else if (data.y()[i] == 0 && k - positives < rows.length - 3) {
                rows[k++] = i;
            }
        }
        CrossValidation.Result cv = CrossValidation.run(data.subset(rows), TrainOptions.DEFAULT, f -> { });
        assertEquals(3, cv.folds());
        assertEquals("only 3 examples of the smaller class, so 3 folds instead of 5", cv.note());

        int[] one = {rows[0], rows[3], rows[4]};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CrossValidation.run(data.subset(one), TrainOptions.DEFAULT, f -> { }));
        assertTrue(e.getMessage().startsWith("cross-validation needs at least 2 examples of each outcome"), e.getMessage());
    }

    @Test
    void oneOutcomeOnlyIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.of(List.of(), List.of("Upheld", "Upheld"), null));
        assertEquals("both outcomes are needed to train, but every example is 'Upheld' (2 examples)", e.getMessage());
    }
}
