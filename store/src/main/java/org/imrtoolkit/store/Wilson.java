package org.imrtoolkit.store;

/**
 * The Wilson score interval of a proportion: unlike the normal approximation it stays inside [0, 1]
 * and is honest for small groups and rates near 0, as most overturn rates are.
 */
public record Wilson(long k, long n, double rate, double low, double high) {

    private static final double Z95 = 1.959963984540054;

    /** The 95% interval of k successes in n trials; all NaN when n is 0. */
    public static Wilson of(long k, long n) {
        if (k < 0 || n < 0 || k > n) {
            throw new IllegalArgumentException("not a proportion: " + k + "/" + n);
        }
        if (n == 0) {
            return new Wilson(0, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        double p = k / (double) n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double center = (p + z2 / (2.0 * n)) / denominator;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new Wilson(k, n, p, Math.max(0, center - half), Math.min(1, center + half));
    }
}
