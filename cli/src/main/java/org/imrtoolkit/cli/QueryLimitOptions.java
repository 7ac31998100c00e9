package org.imrtoolkit.cli;

import java.time.Duration;

import org.imrtoolkit.store.QueryLimits;
import picocli.CommandLine.Option;

/** {@code imr query}'s limits: DuckDB's time and memory, and the rows written. */
final class QueryLimitOptions {

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", converter = TimeoutSeconds.class,
            description = "Cancel the query when DuckDB has worked on it this long, 1 to 86400. Default: ${DEFAULT-VALUE}.")
    int timeoutSeconds;

    @Option(names = "--memory-limit", paramLabel = "SIZE", defaultValue = "1GB", converter = MemoryLimit.class,
            description = "DuckDB's memory limit for the query's sorts, joins and aggregates, 16MB to 1024GB (e.g. 4GB); "
                    + "a query that needs more fails (nothing spills to disk). Default: ${DEFAULT-VALUE}.")
    long memoryBytes;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "1000000", converter = MaxRows.class,
            description = "Refuse a result of more than N rows (0 to 2000000000): the query is run with a LIMIT of N + 1, "
                    + "and a longer result fails (with -o, no file is written). Default: ${DEFAULT-VALUE}.")
    long maxRows;

    QueryLimits limits() {
        return new QueryLimits(Duration.ofSeconds(timeoutSeconds), memoryBytes, QueryLimits.DEFAULT_THREADS, maxRows);
    }

    /** Seconds a query may take. */
    static final class TimeoutSeconds extends CountConverter {
        TimeoutSeconds() {
            super(1, 86_400);
        }
    }

    /** Rows a query may write. */
    static final class MaxRows extends RangeConverter<Long> {
        MaxRows() {
            super(0, 2_000_000_000L, "a whole number from 0 to 2000000000");
        }

        @Override
        Long parse(String text) {
            return Long.parseLong(text);
        }
    }

    /** DuckDB's memory limit: 16 MB to 1024 GB, written as 512MB, 4GB. */
    static final class MemoryLimit extends SizeConverter {
        static final long MIN = 16L << 20;
        static final long MAX = 1024L << 30;

        MemoryLimit() {
            super(MIN, MAX, "from 16MB to 1024GB, such as 512MB or 4GB");
        }
    }
}
