package org.imrtoolkit.store;

import java.time.Duration;

/**
 * What one {@code imr query} may use: DuckDB's time, working memory and threads, and the rows it
 * may write. A query over any of them is stopped and refused in one line that names the option
 * raising it.
 *
 * @param timeout     how long DuckDB may work on the query before it is cancelled
 * @param memoryBytes DuckDB's {@code memory_limit}: sorts, joins, aggregates (not the result itself)
 * @param threads     DuckDB's {@code threads}
 * @param maxRows     the most rows written; a result with more is refused
 */
public record QueryLimits(Duration timeout, long memoryBytes, int threads, long maxRows) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final long DEFAULT_MEMORY = 1L << 30;
    public static final long DEFAULT_MAX_ROWS = 1_000_000;
    /** DuckDB's threads for a query: the machine's processors, at most four. */
    public static final int DEFAULT_THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());

    public static final QueryLimits DEFAULT = new QueryLimits(DEFAULT_TIMEOUT, DEFAULT_MEMORY, DEFAULT_THREADS,
            DEFAULT_MAX_ROWS);

    public QueryLimits {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a time limit must be positive, not " + timeout);
        }
        if (memoryBytes < 16L << 20) {
            throw new IllegalArgumentException("a memory limit of at least 16 MB, not " + memoryBytes + " bytes");
        }
        if (threads < 1 || maxRows < 0) {
            throw new IllegalArgumentException("threads " + threads + " and rows " + maxRows + " out of range");
        }
    }
}
