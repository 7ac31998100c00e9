package org.imrtoolkit.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a whole number no smaller than a minimum, so that a useless count is a usage error. */
abstract class CountConverter implements ITypeConverter<Integer> {

    private final int minimum;

    CountConverter(int minimum) {
        this.minimum = minimum;
    }

    @Override
    public Integer convert(String value) {
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            n = Integer.MIN_VALUE;
        }
        if (n < minimum) {
            throw new TypeConversionException("expected a whole number of at least " + minimum + " but was '"
                    + value + "'");
        }
        return n;
    }

    /** Threads: at least one. */
    static final class Positive extends CountConverter {
        Positive() {
            super(1);
        }
    }

    /** Cross-validation folds: at least two. */
    static final class Folds extends CountConverter {
        Folds() {
            super(2);
        }
    }

    /** Cross-validation repeats: at least one. */
    static final class Repeats extends CountConverter {
        Repeats() {
            super(1);
        }
    }
}
