package org.imrtoolkit.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.imrtoolkit.app.io.MetricsJson;
import org.imrtoolkit.app.io.ReportFiles;
import org.imrtoolkit.app.report.EvaluationReport;
import org.imrtoolkit.model.ModelFile;
import org.imrtoolkit.model.ModelManifest;
import org.imrtoolkit.predict.Evaluation;
import org.imrtoolkit.predict.Prediction;
import org.imrtoolkit.predict.Predictor;

/**
 * {@code imr evaluate}: a model's figures on labelled cases it did not see.
 *
 * @param model     the loaded model file
 * @param modelName the model file's name, for the report's title
 * @param inputs    letters, tables and directories
 * @param source    how tables map onto cases
 * @param report    the HTML report, or null
 * @param metrics   the metrics as JSON, or null
 */
public record EvaluateJob(ModelFile.Contents model, String modelName, List<Path> inputs, CaseSource source,
                          Path report, Path metrics) implements Job {

    @Override
    public int run(Context context) throws IOException {
        ModelManifest manifest = model.manifest();
        Predictor predictor = Predictor.of(model);
        Rejections rejections = new Rejections(context, null);
        LabeledExamples read = LabeledExamples.read(inputs, source, context, rejections);
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
        PrintWriter out = context.out();
        String seen = trainedOn(read.files(), manifest);
        if (!seen.isEmpty()) {
            context.message("warning: " + seen);
        }
        MetricsTable.print(out, e.metrics());
        out.println("by treatment type:");
        e.byTreatmentType().forEach((type, m) -> out.printf(Locale.ROOT,
                "  %-22s %5s %4d %s  balanced accuracy %s%n", type, Words.count(m.n(), "case"), m.positives(),
                manifest.positiveLabel(), MetricsTable.figure(m.balancedAccuracy())));
        if (metrics != null) {
            MetricsJson.write(metrics, e.metrics(), "by_treatment_type", e.byTreatmentType());
        }
        if (report != null) {
            ReportFiles.text(report, EvaluationReport.html("Evaluation of " + modelName,
                    e.metrics().n() + " labelled cases from " + read.files().size() + " files; model trained "
                            + manifest.created() + " on " + manifest.trainingExamples() + " cases",
                    seen.isEmpty() ? null : "Warning: " + seen, e, List.of()));
        }
        // The model was written (or measured) from the inputs that could be read: that is success.
        context.summarize(rejections);
        return 0;
    }

    /** Why the figures flatter the model, when it was trained on some of these very files; else empty. */
    private static String trainedOn(List<Path> files, ModelManifest manifest) throws IOException {
        Set<String> trained = new HashSet<>();
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
