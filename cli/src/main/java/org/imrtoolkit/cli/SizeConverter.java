package org.imrtoolkit.cli;

import org.imrtoolkit.core.io.Sizes;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a byte size as people write it: 5MB, 500KB, 2g or a number of bytes. */
final class SizeConverter implements ITypeConverter<Long> {

    @Override
    public Long convert(String value) {
        try {
            return Sizes.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("expected a size such as 5MB, 500KB or a number of bytes but was '"
                    + value + "'");
        }
    }
}
