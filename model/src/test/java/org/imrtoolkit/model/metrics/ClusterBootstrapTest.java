package org.imrtoolkit.model.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Letter-level bootstrap intervals, on cases small enough to work out by hand. */
class ClusterBootstrapTest {

    /** 12 letters of 1 to 3 items; letters 0, 3, 6, 9 hold an Overturned item. */
    private static final int LETTERS = 12;

    private record Cases(List<String> groups, int[] y, double[] p) {
    }

    private static Cases cases(int copies, int itemsPerLetterFactor) {
        List<String> groups = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        List<Double> p = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            for (int letter = 0; letter < LETTERS; letter++) {
                int items = 1 + letter % 3;
                for (int i = 0; i < items; i++) {
                    for (int d = 0; d < itemsPerLetterFactor; d++) {
                        groups.add("copy" + c + "-letter" + letter);
                        boolean positive = letter % 3 == 0 && i == 0;
                        y.add(positive ? 1 : 0);
                        // A useful but imperfect score: the positives mostly higher.
                        p.add(positive ? 0.2 + 0.05 * (letter % 4) : 0.05 + 0.05 * ((letter + i) % 7));
                    }
                }
            }
        }
        return new Cases(groups, y.stream().mapToInt(Integer::intValue).toArray(),
                p.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static BootstrapIntervals intervals(Cases c, long seed) {
        return ClusterBootstrap.intervals(c.groups(), c.y(), List.of(c.p()), 0.15, 2000, seed);
    }

    @Test
    void twoLettersWorkedOutByHand() {
        // Letter A: one Overturned item scored 1 (Brier 0); letter B: one Upheld item scored 1 (Brier 1).
        // A resample of two letters is AA (Brier 0), AB or BA (0.5) or BB (1), with chances 1/4, 1/2, 1/4:
        // the 2.5th percentile is 0 and the 97.5th is 1.
        BootstrapIntervals i = ClusterBootstrap.intervals(List.of("A", "B"), new int[] {1, 0},
                List.of(new double[] {1, 1}), 0.5, 2000, 7);
        assertEquals(new Interval(0, 1), i.brier());
        // Brier 0.5 sits inside; a resample with one outcome leaves ROC-AUC undefined, about half of them.
        assertTrue(i.brier().contains(0.5));
        assertEquals(new Interval(0.5, 0.5), i.rocAuc(), "ties everywhere: every defined resample has ROC-AUC 0.5");
    }

    @Test
    void theIntervalHoldsThePointEstimate() {
        Cases c = cases(1, 1);
        BootstrapIntervals i = intervals(c, 42);
        assertTrue(i.rocAuc().contains(MetricsCalculator.rocAuc(c.y(), c.p())), i.toString());
        assertTrue(i.prAuc().contains(MetricsCalculator.averagePrecision(c.y(), c.p())), i.toString());
        assertTrue(i.brier().contains(MetricsCalculator.brier(c.y(), c.p())), i.toString());
        Metrics m = MetricsCalculator.of(c.y(), c.p(), 0.15, List.of("Upheld", "Overturned"), 0.2);
        assertTrue(i.balancedAccuracy().contains(m.balancedAccuracy()), i.toString());
        assertTrue(i.rocAuc().high() - i.rocAuc().low() > 0.05, "12 letters leave a wide interval: " + i.rocAuc());
    }

    @Test
    void moreLettersGiveANarrowerInterval() {
        Interval few = intervals(cases(1, 1), 42).rocAuc();
        Interval many = intervals(cases(4, 1), 42).rocAuc();
        assertTrue(many.high() - many.low() < (few.high() - few.low()) * 0.75, few + " vs " + many);
    }

    @Test
    void lettersNotItemsAreResampled() {
        // Every item twice within its letter: a letter is still one draw, the metrics of each resample
        // are unchanged by the duplicates, so the intervals are exactly those of the single items.
        // Were items resampled, the doubled cases would give narrower intervals.
        BootstrapIntervals single = intervals(cases(1, 1), 42);
        BootstrapIntervals doubled = intervals(cases(1, 2), 42);
        for (Interval[] pair : new Interval[][] {{single.rocAuc(), doubled.rocAuc()}, {single.prAuc(), doubled.prAuc()},
                {single.brier(), doubled.brier()}, {single.balancedAccuracy(), doubled.balancedAccuracy()}}) {
            assertEquals(pair[0].low(), pair[1].low(), 1e-12, pair[0] + " vs " + pair[1]);
            assertEquals(pair[0].high(), pair[1].high(), 1e-12, pair[0] + " vs " + pair[1]);
        }
    }

    @Test
    void theSameSeedGivesTheSameIntervals() {
        Cases c = cases(1, 1);
        assertEquals(intervals(c, 42), intervals(c, 42));
        assertNotEquals(intervals(c, 42).rocAuc(), intervals(c, 43).rocAuc());
    }

    @Test
    void oneOutcomeOnlyLeavesTheRankingIntervalsUndefined() {
        BootstrapIntervals i = ClusterBootstrap.intervals(List.of("A", "B", "C"), new int[] {0, 0, 0},
                List.of(new double[] {0.1, 0.2, 0.3}), 0.5, 200, 1);
        assertFalse(i.rocAuc().defined());
        assertFalse(i.prAuc().defined());
        assertFalse(i.balancedAccuracy().defined());
        assertTrue(i.brier().defined(), "Brier is defined on one outcome");
    }

    @Test
    void repeatsAreAveragedInEachResample() {
        Cases c = cases(1, 1);
        BootstrapIntervals same = ClusterBootstrap.intervals(c.groups(), c.y(), List.of(c.p(), c.p()), 0.15, 2000, 42);
        assertEquals(intervals(c, 42), same, "two identical repeats average to the one");
    }
}
