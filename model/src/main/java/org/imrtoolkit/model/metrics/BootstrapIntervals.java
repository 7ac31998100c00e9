package org.imrtoolkit.model.metrics;

/**
 * Letter-level bootstrap 95% intervals of the four headline metrics.
 *
 * @param resamples        how many resamples of letters they come from
 * @param seed             the seed of the resampling
 * @param rocAuc           ROC-AUC
 * @param prAuc            PR-AUC (average precision)
 * @param balancedAccuracy balanced accuracy at the model's threshold
 * @param brier            Brier score
 */
public record BootstrapIntervals(int resamples, long seed, Interval rocAuc, Interval prAuc, Interval balancedAccuracy,
                                 Interval brier) {
}
