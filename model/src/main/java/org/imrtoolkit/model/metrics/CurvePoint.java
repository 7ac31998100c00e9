package org.imrtoolkit.model.metrics;

/** One point of a curve over [0, 1] x [0, 1]: ROC (false, true positive rate), precision-recall, calibration. */
public record CurvePoint(double x, double y) {
}
