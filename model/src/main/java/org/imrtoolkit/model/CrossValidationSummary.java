package org.imrtoolkit.model;

import java.util.List;

import org.imrtoolkit.model.metrics.Metrics;
import org.imrtoolkit.model.metrics.RepeatedFigures;

/**
 * Cross-validated figures kept with a model: pooled and per fold (of the first repeat), and the
 * repeats' mean, sd and letter-level intervals.
 *
 * @param repeated repeated cross-validation's figures; null in model files written before repeats existed
 */
public record CrossValidationSummary(int folds, String note, Metrics pooled, List<Metrics> perFold,
                                     RepeatedFigures repeated) {

    /** Figures of one cross-validation, without repeats. */
    public CrossValidationSummary(int folds, String note, Metrics pooled, List<Metrics> perFold) {
        this(folds, note, pooled, perFold, null);
    }
}
