package org.imrtoolkit.model.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Metrics against small cases worked out by hand. */
class MetricsCalculatorTest {

    private static final List<String> LABELS = List.of("Upheld", "Overturned");

    @Test
    void aKnownConfusionMatrix() {
        int[] y = {1, 1, 1, 0, 0, 0, 0, 0, 0, 0};
        double[] p = {0.9, 0.6, 0.2, 0.7, 0.1, 0.1, 0.2, 0.3, 0.1, 0.05};
        Metrics m = MetricsCalculator.of(y, p, 0.5, LABELS, 0.3);
        assertEquals(new Confusion(2, 1, 6, 1), m.confusion());
        assertEquals(0.8, m.accuracy(), 1e-12);
        // recall Overturned 2/3, recall Upheld 6/7
        assertEquals((2 / 3.0 + 6 / 7.0) / 2, m.balancedAccuracy(), 1e-12);
        assertEquals(2 / 3.0, m.perClass().get(1).precision(), 1e-12);
        assertEquals(2 / 3.0, m.perClass().get(1).f1(), 1e-12);
        assertEquals(6 / 7.0, m.perClass().get(0).precision(), 1e-12);
        assertEquals(0.7, m.baseline().accuracy(), 1e-12);
        assertEquals(0.5, m.baseline().balancedAccuracy());
        assertEquals("Upheld", m.baseline().predicts());
        assertEquals(0.3, m.baseline().prAuc(), 1e-12);
        // Brier of the constant 0.3: (3 x 0.49 + 7 x 0.09) / 10
        assertEquals(0.21, m.baseline().brier(), 1e-12);
    }

    @Test
    void rocAucByHand() {
        // Pairs (positive, negative): 0.35>0.1 yes, 0.35>0.4 no, 0.8>0.1 yes, 0.8>0.4 yes: 3 of 4.
        assertEquals(0.75, MetricsCalculator.rocAuc(new int[] {0, 0, 1, 1}, new double[] {0.1, 0.4, 0.35, 0.8}), 1e-12);
        assertEquals(0.5, MetricsCalculator.rocAuc(new int[] {0, 1, 0, 1}, new double[] {0.5, 0.5, 0.5, 0.5}), 1e-12);
        assertEquals(1.0, MetricsCalculator.rocAuc(new int[] {0, 1}, new double[] {0.2, 0.9}), 1e-12);
    }

    @Test
    void averagePrecisionByHand() {
        // Ranked: 1 (P=1/1), 0, 1 (P=2/3), 0: AP = 0.5 x 1 + 0.5 x 2/3.
        assertEquals(0.5 + 1 / 3.0,
                MetricsCalculator.averagePrecision(new int[] {1, 0, 1, 0}, new double[] {0.9, 0.8, 0.7, 0.1}), 1e-12);
        // All tied: precision is the base rate at full recall.
        assertEquals(0.5, MetricsCalculator.averagePrecision(new int[] {1, 0}, new double[] {0.3, 0.3}), 1e-12);
    }

    @Test
    void brierAndCalibration() {
        int[] y = {1, 0, 0, 1};
        double[] p = {0.95, 0.05, 0.15, 0.55};
        assertEquals((0.0025 + 0.0025 + 0.0225 + 0.2025) / 4, MetricsCalculator.brier(y, p), 1e-12);
        List<CalibrationBin> bins = MetricsCalculator.calibration(y, p, 10);
        assertEquals(10, bins.size());
        assertEquals(1, bins.get(0).n());
        assertEquals(1, bins.get(9).n());
        assertEquals(1.0, bins.get(9).observed());
        assertEquals(0.55, bins.get(5).meanPredicted(), 1e-12);
    }

    @Test
    void thresholdMaximisesBalancedAccuracy() {
        int[] y = {0, 0, 0, 0, 1, 1};
        double[] p = {0.1, 0.2, 0.3, 0.45, 0.4, 0.9};
        assertEquals(0.4, MetricsCalculator.bestThreshold(y, p, Objective.BALANCED_ACCURACY));
        // Accuracy is 5/6 at 0.4 and at 0.9: a tie goes to the lower threshold.
        assertEquals(0.4, MetricsCalculator.bestThreshold(y, p, Objective.ACCURACY));
        // 0.45 separates the two classes exactly.
        int[] y2 = {0, 0, 0, 0, 1, 1};
        double[] p2 = {0.1, 0.2, 0.3, 0.35, 0.45, 0.9};
        assertEquals(0.45, MetricsCalculator.bestThreshold(y2, p2, Objective.BALANCED_ACCURACY));
    }
}
