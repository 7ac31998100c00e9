package org.imrtoolkit.cli;

import org.imrtoolkit.core.io.Sizes;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a byte size as people write it: 5MB, 500KB, 2g or a number of bytes, within bounds; by
 * default from 1 KB to 256 MB (the input size limit).
 */
class SizeConverter implements ITypeConverter<Long> {

    static final long MIN = 1L << 10;
    static final long MAX = 256L << 20;

    private final long min;
    private final long max;
    private final String range;

    SizeConverter() {
        this(MIN, MAX, "from 1KB to 256MB, such as 5MB or 500KB");
    }

    /** @param range the bounds in words with an example, for the message ("from 16MB to 1024GB, such as 4GB") */
    SizeConverter(long min, long max, String range) {
        this.min = min;
        this.max = max;
        this.range = range;
    }

    @Override
    public Long convert(String value) {
        long size;
        try {
            size = Sizes.parse(value);
        } catch (IllegalArgumentException e) {
            size = -1;
        }
        if (size < min || size > max) {
            throw new TypeConversionException("expected a size " + range + ", but was '" + value + "'");
        }
        return size;
    }
}
