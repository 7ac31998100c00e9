package org.imrtoolkit.app;

import java.io.IOException;
import java.nio.file.Path;

import org.imrtoolkit.app.io.ReportFiles;
import org.imrtoolkit.app.report.CorpusReportPage;
import org.imrtoolkit.store.CorpusReport;

/**
 * {@code imr report}: the corpus report of a store, for analysts: its figures computed by the store,
 * drawn on the one report page.
 *
 * @param database the DuckDB file
 * @param output   the HTML page to write (atomically)
 */
public record CorpusReportJob(Path database, Path output) implements Job {

    @Override
    public int run(Context context) throws IOException {
        ReportFiles.text(output, CorpusReportPage.html(CorpusReport.of(database)));
        return 0;
    }
}
