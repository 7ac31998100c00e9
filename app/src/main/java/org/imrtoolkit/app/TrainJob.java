package org.imrtoolkit.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.imrtoolkit.app.io.MetricsJson;
import org.imrtoolkit.app.io.ReportFiles;
import org.imrtoolkit.app.io.TerminalText;
import org.imrtoolkit.app.report.EvaluationReport;
import org.imrtoolkit.core.io.CaseInputs;
import org.imrtoolkit.core.io.OutputTargets;
import org.imrtoolkit.model.Grouping;
import org.imrtoolkit.model.InputDigest;
import org.imrtoolkit.model.ModelFile;
import org.imrtoolkit.predict.Evaluation;
import org.imrtoolkit.predict.ModelCard;
import org.imrtoolkit.predict.StrongestInputs;
import org.imrtoolkit.train.CrossValidation;
import org.imrtoolkit.train.Dataset;
import org.imrtoolkit.train.Provenance;
import org.imrtoolkit.train.TrainOptions;
import org.imrtoolkit.train.TrainedModel;
import org.imrtoolkit.train.Training;

/**
 * {@code imr train}: fit, cross-validate and save a model of the decision.
 *
 * @param inputs         letters, tables and directories
 * @param source         how tables map onto cases
 * @param options        how to train
 * @param positiveLabel  the outcome whose probability the model gives, or null for the rarer one
 * @param output         the model file
 * @param report         the cross-validation report, or null
 * @param metrics        the cross-validated metrics as JSON, or null
 * @param toolkitVersion the version written into the model
 */
public record TrainJob(List<Path> inputs, CaseSource source, TrainOptions options, String positiveLabel, Path output,
                       Path report, Path metrics, String toolkitVersion) implements Job {

    @Override
    public int run(Context context) throws IOException {
        Inputs in = Inputs.cases(inputs, new OutputTargets().add("-o", output).add("--report", report)
                .add("--metrics", metrics));
        InputCheck.found(in, inputs);
        Rejections rejections = new Rejections(context, null);
        if (in.files().isEmpty()) {
            return InputCheck.nothingToRead(in, context, rejections);
        }
        LabeledExamples read = LabeledExamples.read(in, source, context, rejections, null);
        Dataset data = Dataset.of(read.examples(), read.labels(), read.groups(), positiveLabel);
        List<InputDigest> digests = new ArrayList<>();
        for (Path file : read.files()) {
            digests.add(new InputDigest(file.toString(), ModelFile.sha256(file), CaseInputs.isTable(file)
                    ? source.filters().stream().map(Object::toString).toList() : List.of()));
        }
        Provenance provenance = new Provenance(toolkitVersion, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                digests, source.columns());
        if (source.columns().groupColumn() != null && read.files().stream().noneMatch(CaseInputs::isTable)) {
            context.message("warning: --group-column applies to the rows of CSV/TSV inputs; letters' items are "
                    + "grouped by letter");
        }
        Progress progress = context.progress("folds", options.folds() * options.repeats());
        TrainedModel trained = Training.train(data, options, provenance, context.threads(), progress::update);
        CrossValidation.Result cv = trained.crossValidation();
        if (!cv.note().isEmpty()) {
            context.message(cv.note());
        }
        new ModelFile().write(output, trained.manifest(), trained.model().model());

        PrintWriter out = context.out();
        Grouping grouping = Grouping.of(trained.manifest());
        boolean rows = grouping.rows();
        out.printf(Locale.ROOT, "trained on %d %s (%d %s) from %d files; %d %s of %d-fold cross-validation, "
                        + "%s, seed %d:%n", data.size(), rows ? "rows" : "cases", data.positives(), data.labels().get(1),
                read.files().size(), options.repeats(), options.repeats() == 1 ? "repeat" : "repeats", cv.folds(),
                TerminalText.safe(grouping.folds()), options.seed());
        MetricsTable.printRepeated(out, cv.repeated(), cv.pooled(), grouping);
        if (!cv.lambdas().isEmpty()) {
            out.printf(Locale.ROOT, "lambda chosen by inner cross-validation in each training fold: %s; final model: %s%n",
                    cv.lambdas(), trained.manifest().options().lambda());
        }
        out.printf(Locale.ROOT, "first repeat (fold seed %d); the threshold and calibration were chosen on the "
                + "out-of-fold predictions of all repeats:%n", options.seed());
        MetricsTable.print(out, cv.pooled());
        out.printf(Locale.ROOT, "%s model written to %s (%d inputs)%n", options.algorithm().label(), output,
                trained.model().encoder().spec().size());
        List<StrongestInputs.Input> strongest = StrongestInputs.of(trained.model(), StrongestTable.SHOWN, data.size(),
                trained.manifest().inputShares().stream().mapToDouble(Double::doubleValue).toArray());
        StrongestTable.print(out, strongest, data.labels().get(1));
        if (metrics != null) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("folds", cv.perFold());
            if (!cv.lambdas().isEmpty()) {
                extra.put("lambdas", cv.lambdas());
            }
            MetricsJson.write(metrics, cv.pooled(), cv.repeated().intervals(), cv.repeated(), extra, grouping);
        }
        if (report != null) {
            Evaluation e = CrossValidationReport.evaluation(data, trained);
            // The new model's provenance is the running toolkit's, just computed: its rule files are not hashed again.
            ReportFiles.text(report, EvaluationReport.html("Cross-validation of " + output.getFileName(),
                    options.repeats() + " x " + cv.folds() + "-fold cross-validation on " + data.size()
                            + (rows ? " rows, " : " cases, ") + grouping.folds() + "; probabilities from the fold that did not see each "
                            + (rows ? "row" : "case") + " (charts and tables below the first table: the first repeat); "
                            + "reasons from the final model",
                    null, e, cv.perFold(), strongest, null, cv.repeated(),
                    ModelCard.of(new ModelFile.Contents(trained.manifest(), trained.model().model()),
                            trained.manifest().provenance()), grouping));
        }
        context.wrote("wrote " + Words.target(output) + " (" + options.algorithm().label() + ", "
                + Words.count(trained.model().encoder().spec().size(), "input") + ", trained on "
                + Words.count(data.size(), "case") + ")" + (report == null ? "" : ", the report to " + Words.target(report))
                + (metrics == null ? "" : ", the metrics to " + Words.target(metrics)));
        // The model was written from the inputs that could be read, but not from all it was given.
        return context.finish(rejections);
    }
}
