package org.imrtoolkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.imrtoolkit.predict.Evaluation;
import org.imrtoolkit.predict.HtmlReport;
import org.imrtoolkit.predict.Prediction;
import org.imrtoolkit.predict.Predictor;
import org.imrtoolkit.train.metrics.MetricsJson;
import org.imrtoolkit.train.model.ModelFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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
                "0:evaluated",
                "1:the model could not be read, or no labelled case was found",
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

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Letters (.txt, .pdf), CSV/TSV files, or directories.")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        ModelFile.Contents contents = modelOptions.load();
        var manifest = contents.manifest();
        Predictor predictor = Predictor.of(contents);
        PrintWriter err = spec.commandLine().getErr();
        ExampleInputs.Read read = ExampleInputs.read("evaluate", inputs, ModelOptions.columns(csv, contents),
                csv.filters(), common, err);
        if (read.examples().isEmpty()) {
            throw new IllegalArgumentException("no labelled case in the inputs");
        }
        for (String label : read.labels()) {
            if (!manifest.labels().contains(label)) {
                throw new IllegalArgumentException("label '" + label + "' is not one the model knows " + manifest.labels());
            }
        }
        List<Prediction> predictions = new ArrayList<>();
        read.examples().forEach(e -> predictions.add(predictor.predict(e)));
        Evaluation e = Evaluation.of(predictions, read.labels(), manifest.labels(), manifest.threshold(),
                manifest.trainingPositives() / (double) manifest.trainingExamples());
        PrintWriter out = spec.commandLine().getOut();
        String seen = trainedOn(read.files(), manifest);
        if (!seen.isEmpty()) {
            err.println("imr evaluate: warning: " + seen);
        }
        MetricsTable.print(out, e.metrics());
        out.println("by treatment type:");
        e.byTreatmentType().forEach((type, m) -> out.printf(java.util.Locale.ROOT,
                "  %-22s %5d cases %4d %s  balanced accuracy %.3f%n", type, m.n(), m.positives(),
                manifest.positiveLabel(), m.balancedAccuracy()));
        if (metrics != null) {
            Map<String, Object> json = new LinkedHashMap<>(MetricsJson.of(e.metrics()));
            Map<String, Object> byType = new LinkedHashMap<>();
            e.byTreatmentType().forEach((type, m) -> byType.put(type, MetricsJson.of(m)));
            json.put("by_treatment_type", byType);
            ReportFiles.json(metrics, json);
        }
        if (report != null) {
            ReportFiles.text(report, HtmlReport.evaluation("Evaluation of " + modelOptions.model.getFileName(),
                    e.metrics().n() + " labelled cases from " + read.files().size() + " files; model trained "
                            + manifest.created() + " on " + manifest.trainingExamples() + " cases"
                            + (seen.isEmpty() ? "" : ". Warning: " + seen), e, List.of()));
        }
        if (read.skipped() > 0) {
            err.printf("imr evaluate: %d inputs skipped%n", read.skipped());
        }
        return 0;
    }

    /** Why the figures flatter the model, when it was trained on some of these very files; else empty. */
    private static String trainedOn(List<Path> files, org.imrtoolkit.train.model.ModelManifest manifest) throws IOException {
        java.util.Set<String> trained = new java.util.HashSet<>();
        manifest.inputs().forEach(d -> trained.add(d.sha256()));
        long overlap = 0;
        for (Path file : files) {
            if (trained.contains(ModelFile.sha256(file))) {
                overlap++;
            }
        }
        return overlap == 0 ? "" : overlap + " of these " + files.size() + " files were used to train the model, "
                + "so these figures are optimistic; use held-out cases, or the cross-validated figures of 'imr model-info'";
    }
}
