package org.imrtoolkit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.imrtoolkit.app.CorpusReportJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code imr report}: the corpus report of a store, for analysts. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        description = {
                "Writes the corpus report of a database made by imr load: one self-contained HTML page with the "
                        + "overturn rate (and its 95%% Wilson interval) by treatment type, guideline source, reviewer "
                        + "specialty and month of decision; the UR's reasons against the outcome (each reason the UR "
                        + "cited, and its decision); the reviewer's reasons by treatment type; and, when predictions "
                        + "are loaded, the model's calibration and its most confident misses. Every figure states its n."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was written", "1:it could not be (one line on stderr)", "2:invalid command-line usage"})
final class CorpusReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    DatabaseOption database;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.html", description = "The report to write (atomically).")
    Path output;

    @Override
    public Integer call() throws IOException {
        return new CorpusReportJob(database.db, output).run(CommonOptions.plainContext(spec));
    }
}
