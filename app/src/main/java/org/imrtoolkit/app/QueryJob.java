package org.imrtoolkit.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.imrtoolkit.app.io.OutputFile;
import org.imrtoolkit.core.io.OutputTargets;
import org.imrtoolkit.store.QueryLimits;
import org.imrtoolkit.store.StoreQuery;

/**
 * {@code imr query}: one read-only SQL query on a store, its result as CSV or JSON lines.
 *
 * @param database the DuckDB file, opened read-only
 * @param sql      the query
 * @param format   how the result is written
 * @param limits   DuckDB's time, memory and threads, and the most rows written
 * @param output   the file to write (atomically), or null for stdout
 */
public record QueryJob(Path database, String sql, StoreQuery.Format format, QueryLimits limits, Path output)
        implements Job {

    @Override
    public int run(Context context) throws IOException {
        new OutputTargets().add("-o", output).check(List.of(database));
        try (OutputFile out = OutputFile.open(output, context.out())) {
            StoreQuery.run(database, sql, format, limits, out.writer());
            out.commit();
        }
        return 0;
    }
}
