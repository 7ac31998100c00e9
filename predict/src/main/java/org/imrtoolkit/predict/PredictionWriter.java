package org.imrtoolkit.predict;

import java.io.Flushable;
import java.io.IOException;

/** Where ranked predictions go, one format each (CSV, JSON lines). */
public interface PredictionWriter extends Flushable {

    /** One prediction with its place among the run's. */
    void write(Prediction p, RunRank.Place place) throws IOException;
}
