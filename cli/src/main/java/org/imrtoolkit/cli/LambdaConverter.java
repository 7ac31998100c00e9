package org.imrtoolkit.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads the L2 penalty: a finite number above 0 and at most 10^6 (NaN, Infinity or 0 would make training hang or fail). */
final class LambdaConverter implements ITypeConverter<Double> {

    static final double MAX = 1e6;

    @Override
    public Double convert(String value) {
        double lambda;
        try {
            lambda = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            lambda = Double.NaN;
        }
        if (!(lambda > 0 && lambda <= MAX)) {
            throw new TypeConversionException("expected a number above 0 and at most 1000000 but was '" + value + "'");
        }
        return lambda;
    }
}
