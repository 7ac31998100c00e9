package org.imrtoolkit.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.imrtoolkit.model.LogisticModel;
import org.imrtoolkit.model.PlattScaling;
import org.imrtoolkit.model.encode.SparseVector;
import org.junit.jupiter.api.Test;

class LogisticTrainerTest {

    /** Feature 0 marks the positive class, feature 1 is noise. */
    private static List<SparseVector> data(int[] y, long seed) {
        Random random = new Random(seed);
        List<SparseVector> x = new ArrayList<>();
        for (int label : y) {
            double signal = label == 1 ? 1.0 : 0.0;
            x.add(new SparseVector(new int[] {0, 1}, new double[] {signal + 0.1 * random.nextGaussian(), random.nextGaussian()}));
        }
        return x;
    }

    @Test
    void learnsTheSignalAndKeepsTheInterceptApart() {
        int[] y = new int[200];
        for (int i = 0; i < 20; i++) {
            y[i] = 1;
        }
        List<SparseVector> x = data(y, 7);
        LogisticModel m = new LogisticTrainer(0.1, true, 42).fit(x, y, 2);
        assertEquals(2, m.weights().length);
        assertTrue(m.weights()[0] > 3, "signal weight " + m.weights()[0]);
        assertTrue(Math.abs(m.weights()[1]) < 1, "noise weight " + m.weights()[1]);
        assertTrue(m.probability(new SparseVector(new int[] {0}, new double[] {1})) > 0.8);
        assertTrue(m.probability(new SparseVector(new int[0], new double[0])) < 0.2);
    }

    @Test
    void theSameDataAndSeedGiveTheSameModel() {
        int[] y = new int[100];
        for (int i = 0; i < 15; i++) {
            y[i] = 1;
        }
        List<SparseVector> x = data(y, 3);
        assertEquals(new LogisticTrainer(1, true, 42).fit(x, y, 2), new LogisticTrainer(1, true, 42).fit(x, y, 2));
    }

    @Test
    void plattScalingBringsProbabilitiesToTheRealRate() {
        // Scores whose raw sigmoid says 50% where the real rate is 10%.
        double[] scores = new double[1000];
        int[] y = new int[1000];
        for (int i = 0; i < 1000; i++) {
            scores[i] = 0;
            y[i] = i % 10 == 0 ? 1 : 0;
        }
        PlattScaling p = PlattFit.fit(scores, y);
        assertEquals(0.1, p.probability(0), 0.01);
    }
}
