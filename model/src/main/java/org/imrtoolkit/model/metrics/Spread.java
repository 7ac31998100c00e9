package org.imrtoolkit.model.metrics;

import java.util.List;

/**
 * A metric's mean and sample standard deviation over cross-validation repeats.
 *
 * @param mean the mean
 * @param sd   the sample standard deviation (0 for one repeat)
 */
public record Spread(double mean, double sd) {

    public static Spread of(List<Double> values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / values.size();
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new Spread(mean, values.size() < 2 ? 0 : Math.sqrt(squares / (values.size() - 1)));
    }
}
