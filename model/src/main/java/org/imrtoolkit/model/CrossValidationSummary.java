package org.imrtoolkit.model;

import java.util.List;

import org.imrtoolkit.model.metrics.Metrics;

/** Cross-validated figures kept with a model: pooled and per fold. */
public record CrossValidationSummary(int folds, String note, Metrics pooled, List<Metrics> perFold) {
}
