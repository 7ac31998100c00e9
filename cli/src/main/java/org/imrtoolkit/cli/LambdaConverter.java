package org.imrtoolkit.cli;

/** Reads the L2 penalty: a finite number above 0 and at most 10^6 (NaN, Infinity or 0 would make training hang or fail). */
final class LambdaConverter extends RangeConverter<Double> {

    LambdaConverter() {
        super(Double.MIN_VALUE, 1e6, "a number above 0 and at most 1000000");
    }

    @Override
    Double parse(String text) {
        return Double.parseDouble(text);
    }
}
