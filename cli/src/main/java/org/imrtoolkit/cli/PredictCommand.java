package org.imrtoolkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.imrtoolkit.core.io.CaseInputs;
import org.imrtoolkit.core.nlp.TextAnnotator;
import org.imrtoolkit.predict.HtmlReport;
import org.imrtoolkit.predict.Prediction;
import org.imrtoolkit.predict.PredictionsCsv;
import org.imrtoolkit.predict.Predictor;
import org.imrtoolkit.train.encode.ExampleReader;
import org.imrtoolkit.train.model.ModelFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code imr predict}: a model's prediction, probability and reasons for each case. */
@Command(name = "predict",
        mixinStandardHelpOptions = true,
        description = {
                "Predicts the decision of each disputed item (letters) or row (CSV) with a model.",
                "%nWrites CSV: id,item,predicted,probability_overturned,reasons; reasons are the three inputs that "
                        + "pushed the prediction most, with the sentence each clinical feature was read from. Inputs are "
                        + "streamed; a bad input is reported (stderr, and --errors) and the run goes on. A decision "
                        + "written in a letter is ignored."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every input was predicted",
                "1:some inputs were skipped (each reported), or the model could not be read",
                "2:invalid command-line usage"})
final class PredictCommand implements Callable<Integer> {

    /** How many predictions the HTML report shows; the CSV has them all. */
    private static final int REPORT_ROWS = 1000;

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

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Letters (.txt, .pdf), CSV/TSV files, or directories.")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        ModelFile.Contents contents = modelOptions.load();
        Predictor predictor = Predictor.of(contents);
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = CaseInputs.files(inputs);
        var columns = ModelOptions.columns(csv, contents);
        TextAnnotator annotator = new TextAnnotator();
        ThreadLocal<ExampleReader> readers = ThreadLocal.withInitial(() -> new ExampleReader(annotator));
        List<Prediction> shown = new ArrayList<>();
        int[] counts = {0, 0};
        Set<String> written = new HashSet<>();
        try (OutputFile out = OutputFile.open(output, spec.commandLine().getOut());
             OutputFile errOut = errors == null ? null : OutputFile.open(errors, null)) {
            PredictionsCsv predictions = new PredictionsCsv(out.writer());
            CSVPrinter rejected = errOut == null ? null
                    : new CSVPrinter(errOut.writer(), CSVFormat.RFC4180.builder().setHeader("input", "reason").get());
            ParallelFiles.run(files, common.threads(), file -> {
                // Only the Case goes on: a decision written in the letter is dropped here.
                Collected<Prediction> collected = new Collected<>(c -> predictor.predict(readers.get().read(c.input())));
                new CaseInputs(columns, csv.filters(), common.maxBytes()).read(file, collected);
                return collected;
            }, (file, collected) -> {
                List<Collected.Rejection> bad = new ArrayList<>(collected.rejections);
                for (Collected.Item<Prediction> item : collected.items) {
                    if (!written.add(item.id())) {
                        bad.add(new Collected.Rejection(file.toString(), "duplicate id '" + item.id() + "'"));
                        continue;
                    }
                    predictions.write(item.value());
                    counts[0]++;
                    if (report != null && shown.size() < REPORT_ROWS) {
                        shown.add(item.value());
                    }
                }
                for (Collected.Rejection r : bad) {
                    counts[1]++;
                    err.println("imr predict: " + r.where() + ": " + r.reason());
                    if (rejected != null) {
                        rejected.printRecord(org.imrtoolkit.core.io.CsvCells.safe(r.where(), r.reason()));
                    }
                }
            }, new Progress(err, "files", files.size(), !common.quiet));
            predictions.flush();
            out.commit();
            if (rejected != null) {
                rejected.flush();
                errOut.commit();
            }
        }
        if (report != null) {
            var m = contents.manifest();
            ReportFiles.text(report, HtmlReport.predictions("Predictions of " + modelOptions.model.getFileName(),
                    counts[0] + " cases; model trained " + m.created() + " on " + m.trainingExamples() + " cases; threshold "
                            + String.format(java.util.Locale.ROOT, "%.3f", m.threshold()),
                    shown, counts[0], m.positiveLabel()));
        }
        if (counts[1] > 0) {
            err.printf("imr predict: %d inputs skipped%n", counts[1]);
        }
        return counts[1] == 0 ? 0 : 1;
    }
}
