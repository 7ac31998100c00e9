package org.imrtoolkit.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.imrtoolkit.app.io.MetricsJson;
import org.imrtoolkit.app.io.ReportFiles;
import org.imrtoolkit.app.report.EvaluationReport;
import org.imrtoolkit.core.io.CaseInputs;
import org.imrtoolkit.core.io.CaseSink;
import org.imrtoolkit.core.io.LetterFiles;
import org.imrtoolkit.core.io.OutputTargets;
import org.imrtoolkit.core.io.RowFilter;
import org.imrtoolkit.core.letter.LabeledCase;
import org.imrtoolkit.model.BuildProvenance;
import org.imrtoolkit.model.Grouping;
import org.imrtoolkit.model.InputDigest;
import org.imrtoolkit.model.ModelFile;
import org.imrtoolkit.model.ModelManifest;
import org.imrtoolkit.model.metrics.BootstrapIntervals;
import org.imrtoolkit.model.metrics.ClusterBootstrap;
import org.imrtoolkit.predict.Evaluation;
import org.imrtoolkit.predict.ModelCard;
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
 * @param seed      the seed of the letter-level bootstrap
 */
public record EvaluateJob(ModelFile.Contents model, String modelName, List<Path> inputs, CaseSource source,
                          Path report, Path metrics, long seed) implements Job {

    @Override
    public int run(Context context) throws IOException {
        Inputs in = Inputs.cases(inputs, new OutputTargets().add("--report", report).add("--metrics", metrics));
        InputCheck.found(in, inputs);
        ModelManifest manifest = model.manifest();
        Predictor predictor = Predictor.of(model);
        BuildProvenance running = BuildProvenance.current();
        RuleFileCheck.warn(manifest, running, context);
        Rejections rejections = new Rejections(context, null);
        if (in.files().isEmpty()) {
            return InputCheck.nothingToRead(in, context, rejections);
        }
        LabeledExamples read = LabeledExamples.read(in, source, context, rejections, manifest.labels());
        if (read.examples().isEmpty()) {
            context.summarize(rejections);
            throw new IllegalArgumentException("no labelled case in the inputs");
        }
        List<Prediction> each = new ArrayList<>();
        read.examples().forEach(e -> each.add(predictor.predict(e)));
        // As imr predict does: a letter's dependent items follow their procedure (for a model that reads it).
        List<Prediction> predictions = predictor.followProcedures(each, manifest.threshold());
        Evaluation e = Evaluation.of(predictions, read.labels(), manifest.labels(), manifest.threshold(),
                manifest.trainingPositives() / (double) manifest.trainingExamples());
        int[] y = new int[read.labels().size()];
        double[] p = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = read.labels().get(i).equals(manifest.positiveLabel()) ? 1 : 0;
            p[i] = predictions.get(i).probability();
        }
        List<String> groups = read.examples().stream().map(x -> x.group()).toList();
        BootstrapIntervals intervals = ClusterBootstrap.intervals(groups, y, List.of(p), manifest.threshold(),
                ClusterBootstrap.RESAMPLES, seed);
        PrintWriter out = context.out();
        String seen = trainedOn(read.files(), manifest, context);
        if (!seen.isEmpty()) {
            context.message("warning: " + seen);
        }
        // A table's rows carry no treatment type to break the figures down by.
        boolean rows = read.files().stream().allMatch(CaseInputs::isTable);
        Grouping grouping = Grouping.of(rows, source.columns());
        MetricsTable.print(out, e.metrics(), intervals, grouping);
        if (!rows) {
            out.println("by treatment type:");
            e.byTreatmentType().forEach((type, m) -> out.printf(Locale.ROOT,
                    "  %-22s %9s %4d %s  balanced accuracy %s%n", type, Words.count(m.n(), "case"), m.positives(),
                    manifest.positiveLabel(), MetricsTable.figure(m.balancedAccuracy())));
        }
        if (metrics != null) {
            MetricsJson.write(metrics, e.metrics(), intervals, null, Map.of("by_treatment_type", e.byTreatmentType()), grouping);
        }
        if (report != null) {
            ReportFiles.text(report, EvaluationReport.html("Evaluation of " + modelName,
                    e.metrics().n() + (rows ? " labelled rows from " : " labelled cases from ") + read.files().size()
                            + " files; model trained " + manifest.created() + " on " + manifest.trainingExamples()
                            + (manifest.trainedOnTables() ? " rows" : " cases"),
                    seen.isEmpty() ? null : "Warning: " + seen, e, List.of(), List.of(), intervals, null,
                    ModelCard.of(model, running), grouping));
        }
        List<String> wrote = new ArrayList<>();
        if (report != null) {
            wrote.add("the report to " + Words.target(report));
        }
        if (metrics != null) {
            wrote.add("the metrics to " + Words.target(metrics));
        }
        context.wrote("evaluated " + Words.count(e.metrics().n(), "case") + " from " + Words.count(read.files().size(), "file")
                + (wrote.isEmpty() ? "; the figures are above" : "; wrote " + String.join(", ", wrote)));
        // The figures are of the inputs that could be read, not of all it was given.
        return context.finish(rejections);
    }

    /**
     * Why the figures flatter the model, when some of these cases trained it; else empty. The rows
     * are compared, not the files: a table split by --where (train on the early years, evaluate on
     * the later) shares its file with training but none of its rows.
     */
    private String trainedOn(List<Path> files, ModelManifest manifest, Context context) throws IOException {
        Map<String, InputDigest> trained = new HashMap<>();
        manifest.inputs().forEach(d -> trained.put(d.sha256(), d));
        // the same letter in another form (the PDF of a training text file) has another SHA-256 but its id
        java.util.Set<String> trainedLetters = new java.util.HashSet<>();
        manifest.inputs().stream().map(InputDigest::path).filter(p -> !InputDigest.isTable(p))
                .forEach(p -> trainedLetters.add(InputDigest.letterId(p)));
        long sharedFiles = 0;
        long sameLetters = 0;
        long sharedRows = 0;
        for (Path file : files) {
            InputDigest d = trained.get(ModelFile.sha256(file));
            if (d == null) {
                if (!CaseInputs.isTable(file) && trainedLetters.contains(LetterFiles.idOf(file))) {
                    sharedFiles++;
                    sameLetters++;
                }
                continue;
            }
            if (!CaseInputs.isTable(file) || d.where().isEmpty() && source.filters().isEmpty()) {
                sharedFiles++;
                continue;
            }
            List<RowFilter> both = new ArrayList<>(source.filters());
            d.where().forEach(w -> both.add(RowFilter.parse(w)));
            long[] rows = {0};
            new CaseInputs(source.columns(), both, context.maxInputBytes()).read(file, new CaseSink() {
                @Override
                public void accept(LabeledCase labeled) {
                    rows[0]++;
                }

                @Override
                public void reject(String where, String reason) {
                    // already reported when the cases were read
                }
            });
            sharedRows += rows[0];
        }
        String flatter = ", so these figures are optimistic; use held-out cases, or the cross-validated figures of "
                + "'imr model-info'";
        if (sharedFiles > 0) {
            return sharedFiles + " of these " + files.size() + " files were used to train the model" + (sameLetters == 0 ? ""
                    : " (" + sameLetters + " as the same letter in another file, by its id)") + flatter;
        }
        return sharedRows == 0 ? "" : sharedRows + " of these rows " + (sharedRows == 1 ? "was" : "were")
                + " used to train the model" + flatter;
    }
}
