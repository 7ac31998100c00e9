package org.imrtoolkit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.imrtoolkit.app.EvaluateJob;
import org.imrtoolkit.model.ModelFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code imr evaluate}: a model's figures on labelled cases it did not see. */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
                "Measures a model on labelled letters or CSV rows: balanced accuracy, ROC-AUC, PR-AUC, Brier score, "
                        + "recall and precision per class, beside the always-majority baseline; by treatment type; "
                        + "calibration; and the 20 most confident errors."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:evaluated on every input",
                "1:some inputs were skipped (each reported, a label the model does not know included; the figures "
                        + "are of the rest), the model could not be read, or no labelled case was found",
                "2:invalid command-line usage"})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    CsvInputOptions csv;

    @Option(names = "--report", paramLabel = "FILE.html", description = "Write the HTML report.")
    Path report;

    @Option(names = "--metrics", paramLabel = "FILE.json", description = "Write the metrics as JSON.")
    Path metrics;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of the letter-level bootstrap of the intervals. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Override
    public Integer call() throws IOException {
        ModelFile.Contents contents = modelOptions.load();
        return new EvaluateJob(contents, modelOptions.name(), csv.inputs, modelOptions.source(csv, contents), report, metrics, seed)
                .run(common.context(spec));
    }
}
