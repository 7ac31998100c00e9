package org.imrtoolkit.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.imrtoolkit.store.ParquetExport;

/**
 * {@code imr export}: every table of a store as {@code DIR/<table>.parquet}.
 *
 * @param database the DuckDB file
 * @param dir      the folder the Parquet files go to
 */
public record ExportJob(Path database, Path dir) implements Job {

    @Override
    public int run(Context context) throws IOException {
        Map<Path, Long> written = ParquetExport.export(database, dir);
        if (context.progress()) {
            written.forEach((file, rows) -> context.message(file + ": " + rows + " rows"));
        }
        context.wrote("wrote " + Words.count(written.size(), "table") + " ("
                + Words.count(written.values().stream().mapToLong(Long::longValue).sum(), "row") + ") as Parquet to "
                + Words.target(dir));
        return 0;
    }
}
