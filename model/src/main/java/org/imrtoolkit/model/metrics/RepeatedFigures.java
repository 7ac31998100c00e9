package org.imrtoolkit.model.metrics;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Repeated cross-validation's headline figures: each repeat's pooled out-of-fold metrics, their mean
 * and standard deviation, and letter-level bootstrap intervals of the repeats' mean.
 *
 * @param repeats          how many repetitions of k-fold cross-validation
 * @param seeds            each repeat's fold seed
 * @param rocAuc           ROC-AUC over the repeats
 * @param prAuc            PR-AUC over the repeats
 * @param balancedAccuracy balanced accuracy at the chosen threshold over the repeats
 * @param brier            Brier score over the repeats
 * @param intervals        letter-level bootstrap 95% intervals
 * @param perRepeat        each repeat's pooled out-of-fold metrics
 */
public record RepeatedFigures(int repeats, List<Long> seeds, Spread rocAuc, Spread prAuc, Spread balancedAccuracy,
                              Spread brier, BootstrapIntervals intervals, List<Metrics> perRepeat) {

    public RepeatedFigures {
        seeds = List.copyOf(seeds);
        perRepeat = List.copyOf(perRepeat);
    }

    /** Summarises each repeat's metrics. */
    public static RepeatedFigures of(List<Long> seeds, List<Metrics> perRepeat, BootstrapIntervals intervals) {
        return new RepeatedFigures(perRepeat.size(), seeds, spread(perRepeat, Metrics::rocAuc),
                spread(perRepeat, Metrics::prAuc), spread(perRepeat, Metrics::balancedAccuracy),
                spread(perRepeat, Metrics::brier), intervals, perRepeat);
    }

    private static Spread spread(List<Metrics> metrics, ToDoubleFunction<Metrics> metric) {
        return Spread.of(metrics.stream().map(metric::applyAsDouble).toList());
    }
}
