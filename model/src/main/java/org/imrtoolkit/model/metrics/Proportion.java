package org.imrtoolkit.model.metrics;

/**
 * k of n with its 95% Wilson score interval, which unlike the normal approximation stays inside
 * [0, 1] and is honest for the small counts of a calibration bin.
 */
public record Proportion(long k, long n, double rate, double low, double high) {

    private static final double Z95 = 1.959963984540054;

    /** All NaN when n is 0. */
    public static Proportion of(long k, long n) {
        if (k < 0 || n < 0 || k > n) {
            throw new IllegalArgumentException("not a proportion: " + k + "/" + n);
        }
        if (n == 0) {
            return new Proportion(0, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        double p = k / (double) n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double center = (p + z2 / (2.0 * n)) / denominator;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new Proportion(k, n, p, Math.max(0, center - half), Math.min(1, center + half));
    }
}
