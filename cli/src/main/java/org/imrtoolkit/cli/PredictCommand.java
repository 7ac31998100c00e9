package org.imrtoolkit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.imrtoolkit.app.PredictJob;
import org.imrtoolkit.model.ModelFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code imr predict}: a model's prediction, probability and reasons for each case. */
@Command(name = "predict",
        mixinStandardHelpOptions = true,
        description = {
                "Predicts the decision of each disputed item (letters) or row (CSV) with a model.",
                "%nWrites CSV: id,item,predicted,probability_overturned,flagged,rank,percentile,reasons. A case is "
                        + "flagged (predicted Overturned) at the model's threshold or --threshold; rank 1 is the run's most "
                        + "probable case. Reasons are the three inputs that pushed the prediction most, in words, each "
                        + "raising or lowering the chance of Overturned, with the sentence it was read from. Inputs are "
                        + "streamed; a bad input is reported (stderr, and --errors) and the run goes on. A decision "
                        + "written in a letter is ignored."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every input was predicted",
                "1:some inputs were skipped (each reported), or the model could not be read",
                "2:invalid command-line usage"})
final class PredictCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    CsvInputOptions csv;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write predictions to FILE (atomically) instead of stdout.")
    Path output;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write skipped inputs as CSV: input,reason.")
    Path errors;

    @Option(names = "--report", paramLabel = "FILE.html",
            description = "Write an HTML report: each case's probability, reasons and features with their evidence.")
    Path report;

    @Mixin
    FormatOption format;

    @Option(names = "--threshold", paramLabel = "P",
            description = "Flag a case at probability P or more (0-1) instead of at the model's threshold.")
    Double threshold;

    @Override
    public Integer call() throws IOException {
        if (threshold != null && !(threshold >= 0 && threshold <= 1)) {
            throw new ParameterException(spec.commandLine(),
                    "invalid value for option '--threshold': expected a probability from 0 to 1 but was '" + threshold + "'");
        }
        ModelFile.Contents contents = modelOptions.load();
        return new PredictJob(contents, modelOptions.name(), csv.inputs, modelOptions.source(csv, contents), output,
                format.format, errors, report, threshold).run(common.context(spec));
    }
}
