package org.imrtoolkit.model.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CalibrationBinsTest {

    private static CalibrationBin bin(double from, int n, double mean, int k) {
        return new CalibrationBin(from, from + 0.1, n, mean, n == 0 ? Double.NaN : k / (double) n);
    }

    @Test
    void smallBinsJoinTheirNeighbourAndEveryCaseStaysCounted() {
        List<CalibrationBin> bins = List.of(bin(0.0, 40, 0.05, 2), bin(0.1, 3, 0.15, 1), bin(0.2, 0, 0, 0),
                bin(0.3, 8, 0.34, 3), bin(0.4, 12, 0.45, 6), bin(0.9, 1, 0.95, 1));
        List<CalibrationBin> merged = CalibrationBins.merged(bins, 10);
        assertEquals(40, merged.get(0).n());
        // 3, the empty bin dropped, then 8: 11 cases reach 10
        assertEquals(11, merged.get(1).n());
        assertEquals(0.1, merged.get(1).from(), 1e-12);
        assertEquals(0.4, merged.get(1).to(), 1e-12);
        assertEquals(4 / 11.0, merged.get(1).observed(), 1e-12);
        assertEquals((0.15 * 3 + 0.34 * 8) / 11, merged.get(1).meanPredicted(), 1e-12);
        // the top remainder of one case joins the bin below it
        assertEquals(3, merged.size());
        assertEquals(13, merged.get(2).n());
        assertEquals(1.0, merged.get(2).to(), 1e-12);
        assertEquals(64, merged.stream().mapToInt(CalibrationBin::n).sum());
        assertEquals(merged.get(1), CalibrationBins.of(merged, 0.2));
        assertEquals(merged.get(0), CalibrationBins.of(merged, 0.0));
        assertEquals(merged.get(2), CalibrationBins.of(merged, 1.0));
    }

    @Test
    void fewCasesInAllMakeOneBinAndTheObservedRateHasItsWilsonInterval() {
        List<CalibrationBin> merged = CalibrationBins.merged(List.of(bin(0.0, 2, 0.05, 0), bin(0.5, 3, 0.55, 2)), 10);
        assertEquals(1, merged.size());
        assertEquals(5, merged.getFirst().n());
        Proportion p = CalibrationBins.observed(merged.getFirst());
        assertEquals(2, p.k());
        // Wilson 95% of 2/5: [0.1176, 0.7693]
        assertEquals(0.1176, p.low(), 1e-4);
        assertEquals(0.7693, p.high(), 1e-4);
    }
}
