package org.imrtoolkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.imrtoolkit.predict.Evaluation;
import org.imrtoolkit.predict.HtmlReport;
import org.imrtoolkit.predict.Prediction;
import org.imrtoolkit.predict.Predictor;
import org.imrtoolkit.train.CrossValidation;
import org.imrtoolkit.train.Dataset;
import org.imrtoolkit.train.FittedModel;
import org.imrtoolkit.train.TrainOptions;
import org.imrtoolkit.train.Training;
import org.imrtoolkit.train.encode.FeatureSet;
import org.imrtoolkit.train.metrics.Metrics;
import org.imrtoolkit.train.metrics.MetricsCalculator.Objective;
import org.imrtoolkit.train.metrics.MetricsJson;
import org.imrtoolkit.train.model.CrossValidationSummary;
import org.imrtoolkit.train.model.InputDigest;
import org.imrtoolkit.train.model.ModelFile;
import org.imrtoolkit.train.model.ModelManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code imr train}: fit, cross-validate and save a model of the decision. */
@Command(name = "train",
        mixinStandardHelpOptions = true,
        description = {
                "Fits a classifier of the decision (Upheld or Overturned) on labelled letters or CSV rows, "
                        + "cross-validates it and saves it as a versioned model file.",
                "%nEvery figure stands beside the always-majority baseline. The decision threshold is chosen on "
                        + "the cross-validated predictions to maximise --optimize, and stored in the model."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the model was written",
                "1:the model could not be trained (too few examples, one outcome only, bad inputs...)",
                "2:invalid command-line usage"})
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    CsvInputOptions csv;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "MODEL", description = "The model file to write.")
    Path output;

    @Option(names = "--algorithm", paramLabel = "NAME", defaultValue = "logistic",
            description = "The learner: logistic (L2 logistic regression on all inputs, sparse), rf (random forest) or "
                    + "gbm (gradient boosting) on the named clinical features and categorical columns; all Smile. "
                    + "Default: ${DEFAULT-VALUE}.")
    String algorithm;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds. Default: ${DEFAULT-VALUE}.")
    int folds;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of folds and fitting. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--lambda", defaultValue = "1.0", description = "L2 penalty. Default: ${DEFAULT-VALUE}.")
    double lambda;

    @Option(names = "--min-df", defaultValue = "2",
            description = "Cases a term needs to enter the vocabulary. Default: ${DEFAULT-VALUE}.")
    int minDf;

    @Option(names = "--feature-set", paramLabel = "SET",
            description = "all, clinical (named features and categorical columns) or lexical (TF-IDF terms and "
                    + "categorical columns). Default: all for logistic, clinical for rf and gbm.")
    String featureSet;

    @Option(names = "--no-balance", description = "Do not weight the two outcomes equally.")
    boolean noBalance;

    @Option(names = "--optimize", defaultValue = "balanced_accuracy", paramLabel = "METRIC",
            description = "What the threshold maximises: balanced_accuracy, f1, youden or accuracy. Default: ${DEFAULT-VALUE}.")
    String optimize;

    @Option(names = "--positive-label", paramLabel = "LABEL",
            description = "The outcome whose probability the model gives (default: the less frequent one).")
    String positiveLabel;

    @Option(names = "--report", paramLabel = "FILE.html", description = "Write the cross-validation report.")
    Path report;

    @Option(names = "--metrics", paramLabel = "FILE.json", description = "Write the cross-validated metrics as JSON.")
    Path metrics;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Letters (.txt, .pdf), CSV/TSV files, or directories.")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        FeatureSet set = featureSet == null
                ? (algorithm.equals(ModelManifest.ALGORITHM_LOGISTIC) ? FeatureSet.ALL : FeatureSet.CLINICAL)
                : FeatureSet.valueOf(featureSet.strip().toUpperCase(java.util.Locale.ROOT));
        TrainOptions options = new TrainOptions(algorithm, set,
                folds, seed, lambda, minDf, !noBalance, Objective.of(optimize));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExampleInputs.Read read = ExampleInputs.read("train", inputs, csv.columns(), csv.filters(), common, err);
        Dataset data = Dataset.of(read.examples(), read.labels(), positiveLabel);
        Progress progress = new Progress(err, "folds", options.folds(), !common.quiet);
        CrossValidation.Result cv = CrossValidation.run(data, options, common.threads(), progress::update);
        if (!cv.note().isEmpty()) {
            err.println("imr train: " + cv.note());
        }
        FittedModel fitted = Training.fit(data, options, cv.calibration(), cv.threshold());

        List<InputDigest> digests = new ArrayList<>();
        for (Path file : read.files()) {
            digests.add(new InputDigest(file.toString(), ModelFile.sha256(file)));
        }
        ModelManifest manifest = new ModelManifest(ModelManifest.FORMAT_VERSION, VersionProvider.toolkitVersion(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), algorithm, options,
                digests, csv.columns(), data.labels().get(1), data.labels(), cv.threshold(), cv.calibration(), data.size(),
                data.positives(), fitted.encoder().spec(),
                new CrossValidationSummary(cv.folds(), cv.note(), cv.pooled(), cv.perFold()), null, Map.of());
        new ModelFile().write(output, manifest, fitted.model());

        out.printf("trained on %d cases (%d %s) from %d files; %d-fold cross-validation, seed %d:%n", data.size(),
                data.positives(), data.labels().get(1), read.files().size(), cv.folds(), seed);
        MetricsTable.print(out, cv.pooled());
        out.printf("%s model written to %s (%d inputs)%n", algorithm, output, fitted.encoder().spec().size());
        if (metrics != null) {
            Map<String, Object> json = new LinkedHashMap<>(MetricsJson.of(cv.pooled()));
            json.put("folds", cv.perFold().stream().map(MetricsJson::of).toList());
            ReportFiles.json(metrics, json);
        }
        if (report != null) {
            writeReport(data, cv, fitted);
        }
        if (read.skipped() > 0) {
            err.printf("imr train: %d inputs skipped%n", read.skipped());
        }
        return 0;
    }

    /** The cross-validation report: out-of-fold predictions, each with the reasons of the final model. */
    private void writeReport(Dataset data, CrossValidation.Result cv, FittedModel fitted) throws IOException {
        Predictor predictor = new Predictor(fitted);
        List<Prediction> predictions = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            Prediction p = predictor.predict(data.examples().get(i));
            String predicted = data.labels().get(cv.outOfFold()[i] >= cv.threshold() ? 1 : 0);
            predictions.add(new Prediction(p.id(), p.item(), predicted, cv.outOfFold()[i], p.reasons(), p.clinical()));
            actual.add(data.labels().get(data.y()[i]));
        }
        Evaluation e = Evaluation.of(predictions, actual, data.labels(), cv.threshold(),
                data.positives() / (double) data.size());
        List<Metrics> folds = cv.perFold();
        ReportFiles.text(report, HtmlReport.evaluation("Cross-validation of " + output.getFileName(),
                cv.folds() + "-fold cross-validation on " + data.size() + " cases; probabilities from the fold that "
                        + "did not see each case; reasons from the final model", e, folds));
    }
}
