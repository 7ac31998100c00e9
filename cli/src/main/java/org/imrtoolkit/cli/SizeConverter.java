package org.imrtoolkit.cli;

import org.imrtoolkit.core.io.Sizes;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a byte size as people write it: 5MB, 500KB, 2g or a number of bytes; from 1 KB to 256 MB. */
final class SizeConverter implements ITypeConverter<Long> {

    static final long MIN = 1L << 10;
    static final long MAX = 256L << 20;

    @Override
    public Long convert(String value) {
        long size;
        try {
            size = Sizes.parse(value);
        } catch (IllegalArgumentException e) {
            size = -1;
        }
        if (size < MIN || size > MAX) {
            throw new TypeConversionException("expected a size from 1KB to 256MB, such as 5MB or 500KB, but was '"
                    + value + "'");
        }
        return size;
    }
}
