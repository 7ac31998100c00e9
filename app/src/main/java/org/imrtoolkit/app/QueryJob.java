package org.imrtoolkit.app;

import java.io.IOException;
import java.nio.file.Path;

import org.imrtoolkit.app.io.OutputFile;
import org.imrtoolkit.store.StoreQuery;

/**
 * {@code imr query}: one read-only SQL query on a store, its result as CSV or JSON lines.
 *
 * @param database the DuckDB file, opened read-only
 * @param sql      the query
 * @param format   how the result is written
 * @param output   the file to write (atomically), or null for stdout
 */
public record QueryJob(Path database, String sql, StoreQuery.Format format, Path output) implements Job {

    @Override
    public int run(Context context) throws IOException {
        try (OutputFile out = OutputFile.open(output, context.out())) {
            StoreQuery.run(database, sql, format, out.writer());
            out.commit();
        }
        return 0;
    }
}
