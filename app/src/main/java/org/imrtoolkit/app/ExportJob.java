package org.imrtoolkit.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.imrtoolkit.core.io.OutputTargets;
import org.imrtoolkit.store.ParquetExport;

/**
 * {@code imr export}: every table of a store as {@code DIR/<table>.parquet}. Each file the export
 * would write is checked against the database before any work: a database named like one of them
 * in that folder is refused, not replaced.
 *
 * @param database the DuckDB file
 * @param dir      the folder the Parquet files go to
 */
public record ExportJob(Path database, Path dir) implements Job {

    @Override
    public int run(Context context) throws IOException {
        OutputTargets outputs = new OutputTargets();
        for (Path target : ParquetExport.targets(dir)) {
            outputs.add("--parquet", target);
        }
        outputs.check(List.of(database));
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
