package org.imrtoolkit.store;

/**
 * The Wilson score interval of a proportion: unlike the normal approximation it stays inside [0, 1]
 * and is honest for small groups and rates near 0, as most overturn rates are.
 */
public record Wilson(long k, long n, double rate, double low, double high) {

    /** The 95% interval of k successes in n trials; all NaN when n is 0. */
    public static Wilson of(long k, long n) {
        return Toolkit.wilson(k, n);
    }
}
