package org.imrtoolkit.app;

import org.imrtoolkit.app.io.TerminalText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.imrtoolkit.app.io.ReportFiles;
import org.imrtoolkit.app.report.CorpusReportPage;
import org.imrtoolkit.core.io.OutputTargets;
import org.imrtoolkit.store.CorpusReport;

/**
 * {@code imr report}: the corpus report of a store, for analysts: its figures computed by the store,
 * drawn on the one report page. The page may not be the database itself.
 *
 * @param database the DuckDB file
 * @param output   the HTML page to write (atomically)
 */
public record CorpusReportJob(Path database, Path output) implements Job {

    @Override
    public int run(Context context) throws IOException {
        new OutputTargets().add("-o", output).check(List.of(database));
        CorpusReport report = CorpusReport.of(database);
        ReportFiles.text(output, CorpusReportPage.html(report));
        context.message(TerminalText.safe("wrote " + output + ", the corpus report of " + database + " ("
                + report.title().replace("Corpus report: ", "") + ")"));
        return 0;
    }
}
