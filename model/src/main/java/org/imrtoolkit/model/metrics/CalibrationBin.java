package org.imrtoolkit.model.metrics;

/** One bin of a calibration table: predicted probabilities in [from, to), their mean, and the observed rate. */
public record CalibrationBin(double from, double to, int n, double meanPredicted, double observed) {
}
