package org.imrtoolkit.model.metrics;

/**
 * A 95% interval of a metric, or an undefined one (both ends NaN) where the metric is undefined,
 * as ROC-AUC is when the cases hold one outcome only.
 *
 * @param low  the 2.5th percentile of the resampled values
 * @param high the 97.5th percentile
 */
public record Interval(double low, double high) {

    /** The interval of a metric that cannot be computed. */
    public static final Interval UNDEFINED = new Interval(Double.NaN, Double.NaN);

    public Interval {
        if (low > high) {
            throw new IllegalArgumentException("an interval's low end above its high end: " + low + " > " + high);
        }
    }

    public boolean defined() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }

    public boolean contains(double value) {
        return defined() && value >= low && value <= high;
    }
}
