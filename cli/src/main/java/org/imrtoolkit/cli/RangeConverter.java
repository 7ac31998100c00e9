package org.imrtoolkit.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a number within a range, so that a useless or absurd value (0 threads, 268435456 threads,
 * a NaN penalty) is a usage error naming the range, not a failure deep in the run.
 */
abstract class RangeConverter<N extends Number> implements ITypeConverter<N> {

    private final double minimum;
    private final double maximum;
    private final String expected;

    /** @param expected what the message says is allowed: "a whole number from 1 to 256" */
    RangeConverter(double minimum, double maximum, String expected) {
        this.minimum = minimum;
        this.maximum = maximum;
        this.expected = expected;
    }

    /** The text as a number; throws NumberFormatException when it is none. */
    abstract N parse(String text);

    @Override
    public N convert(String value) {
        N n = null;
        try {
            n = parse(value.strip());
        } catch (NumberFormatException e) {
            // not a number: refused below as out of range
        }
        if (n == null || !(n.doubleValue() >= minimum && n.doubleValue() <= maximum)) {
            throw new TypeConversionException("expected " + expected + " but was '" + value + "'");
        }
        return n;
    }
}
