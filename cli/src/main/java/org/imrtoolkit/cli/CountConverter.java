package org.imrtoolkit.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a whole number within a range, so that a useless or absurd count (0 threads, 268435456
 * threads) is a usage error naming the range, not a failure deep in the run.
 */
abstract class CountConverter implements ITypeConverter<Integer> {

    private final int minimum;
    private final int maximum;

    CountConverter(int minimum, int maximum) {
        this.minimum = minimum;
        this.maximum = maximum;
    }

    @Override
    public Integer convert(String value) {
        long n;
        try {
            n = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            n = Long.MIN_VALUE;
        }
        if (n < minimum || n > maximum) {
            throw new TypeConversionException("expected a whole number from " + minimum + " to " + maximum
                    + " but was '" + value + "'");
        }
        return (int) n;
    }

    /** Threads: one to 256 (the work is CPU-bound; more than that only costs memory). */
    static final class Threads extends CountConverter {
        static final int MAX = 256;

        Threads() {
            super(1, MAX);
        }
    }

    /** Cross-validation folds: two to twenty. */
    static final class Folds extends CountConverter {
        Folds() {
            super(2, 20);
        }
    }

    /** Cases a term needs to enter the vocabulary. */
    static final class MinDocumentFrequency extends CountConverter {
        MinDocumentFrequency() {
            super(1, 1_000_000);
        }
    }

    /** Seconds a letter may take. */
    static final class Seconds extends CountConverter {
        static final int MAX = 3600;

        Seconds() {
            super(1, MAX);
        }
    }
}
