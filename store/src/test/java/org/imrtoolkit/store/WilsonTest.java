package org.imrtoolkit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WilsonTest {

    @Test
    void matchesPublishedIntervals() {
        // Newcombe (1998), Statistics in Medicine 17:857, table I: 81/263 -> 0.2553-0.3662; 0/10 -> 0-0.2775.
        Wilson a = Wilson.of(81, 263);
        assertEquals(0.2553, a.low(), 1e-4);
        assertEquals(0.3662, a.high(), 1e-4);
        Wilson b = Wilson.of(0, 10);
        assertEquals(0.0, b.low(), 1e-12);
        assertEquals(0.2775, b.high(), 1e-4);
        Wilson c = Wilson.of(10, 10);
        assertEquals(1.0, c.high(), 1e-12);
        assertEquals(0.7225, c.low(), 1e-4);
    }

    @Test
    void emptyGroupHasNoInterval() {
        Wilson w = Wilson.of(0, 0);
        assertTrue(Double.isNaN(w.rate()) && Double.isNaN(w.low()) && Double.isNaN(w.high()));
    }
}
