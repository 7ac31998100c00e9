package org.imrtoolkit.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RunRankTest {

    @Test
    void theMostProbableCaseIsRankOneAndTiesShareARank() {
        RunRank r = new RunRank(new double[] {0.2, 0.05, 0.2, 0.1});
        assertEquals(new RunRank.Place(1, 100), r.place(0.2));
        assertEquals(new RunRank.Place(3, 50), r.place(0.1));
        assertEquals(new RunRank.Place(4, 25), r.place(0.05));
    }
}
