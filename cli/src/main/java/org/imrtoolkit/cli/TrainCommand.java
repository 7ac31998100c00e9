package org.imrtoolkit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.imrtoolkit.app.TrainJob;
import org.imrtoolkit.model.encode.FeatureSet;
import org.imrtoolkit.model.metrics.Objective;
import org.imrtoolkit.train.Algorithm;
import org.imrtoolkit.train.TrainOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
                "0:the model was written from every input",
                "1:some inputs were skipped (each reported; the model was written from the rest), or the model "
                        + "could not be trained (too few examples, one outcome only...)",
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
            converter = LabelConverter.AlgorithmLabel.class,
            description = "The learner: logistic (L2 logistic regression on all inputs, sparse), rf (random forest) or "
                    + "gbm (gradient boosting) on the named clinical features and categorical columns; all Smile. "
                    + "Default: ${DEFAULT-VALUE}.")
    Algorithm algorithm;

    @Option(names = "--folds", paramLabel = "N", defaultValue = "5", converter = CountConverter.Folds.class,
            description = "Cross-validation folds, 2 to 20. Default: ${DEFAULT-VALUE}.")
    int folds;

    @Option(names = "--repeats", paramLabel = "N", defaultValue = "5", converter = CountConverter.Repeats.class,
            description = "Repetitions of the k-fold cross-validation, each with its own fold seed (seed, seed+1, ...); "
                    + "figures are their mean and sd, with letter-level bootstrap intervals. Default: ${DEFAULT-VALUE}.")
    int repeats;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of folds, bootstrap and fitting. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--lambda", defaultValue = "10", paramLabel = "VALUE|auto",
            description = "L2 penalty of the logistic regression (above 0, at most 1000000), or auto: chosen by repeated inner cross-validation "
                    + "within each training fold (nested), from 0.1 to 100. Default: ${DEFAULT-VALUE}.")
    String lambda;

    @Option(names = "--min-df", paramLabel = "N", defaultValue = "2", converter = CountConverter.MinDocumentFrequency.class,
            description = "Cases a term needs to enter the vocabulary, 1 to 1000000. Default: ${DEFAULT-VALUE}.")
    int minDf;

    @Option(names = "--feature-set", paramLabel = "SET", converter = LabelConverter.FeatureSetLabel.class,
            description = "Which inputs: lexical (TF-IDF terms), analyst (clinical features, the UR's decision and "
                    + "reasons, lexical terms: every input an analyst accepts as a reason, no descriptive features), "
                    + "all (analyst plus sex, age, body regions, work status, diagnosis group), clinical (all named "
                    + "features, no terms), reasons (analyst without terms), clinical_core, clinical_descriptive, ur, "
                    + "ur_lexical, and with the overturn signals of issue 18 (surgery request, objective findings, first "
                    + "trial): signals, ur_signals, reasons_signals, analyst_signals; CSV categorical columns always. Default: lexical for logistic, reasons for rf and gbm.")
    FeatureSet featureSet;

    @Option(names = "--no-balance", description = "Do not weight the two outcomes equally.")
    boolean noBalance;

    @Option(names = "--optimize", defaultValue = "balanced_accuracy", paramLabel = "METRIC",
            converter = LabelConverter.ObjectiveLabel.class,
            description = "What the threshold maximises: balanced_accuracy, f1, youden or accuracy. Default: ${DEFAULT-VALUE}.")
    Objective optimize;

    @Option(names = "--positive-label", paramLabel = "LABEL",
            description = "The outcome whose probability the model gives (default: the less frequent one).")
    String positiveLabel;

    @Option(names = "--report", paramLabel = "FILE.html", description = "Write the cross-validation report.")
    Path report;

    @Option(names = "--metrics", paramLabel = "FILE.json", description = "Write the cross-validated metrics as JSON.")
    Path metrics;

    @Override
    public Integer call() throws IOException {
        FeatureSet set = featureSet == null ? algorithm.defaultFeatureSet() : featureSet;
        TrainOptions options;
        try {
            boolean auto = lambda.strip().equalsIgnoreCase("auto");
            double value = auto ? TrainOptions.DEFAULT_LAMBDA : parseLambda(lambda);
            options = new TrainOptions(algorithm, set, folds, repeats, seed, value, auto, minDf, !noBalance, optimize);
        } catch (IllegalArgumentException e) {
            // Options that do not go together are invalid usage, as a wrong value is.
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return new TrainJob(csv.inputs, csv.source(), options, positiveLabel, output, report, metrics,
                VersionProvider.toolkitVersion()).run(common.context(spec));
    }

    /** NaN, Infinity or 0 would make training hang or fail, so the penalty is bounded like every number. */
    private double parseLambda(String text) {
        double value;
        try {
            value = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!(value > 0 && value <= MAX_LAMBDA)) {
            throw new ParameterException(spec.commandLine(), "invalid value for option '--lambda': expected a number "
                    + "above 0 and at most 1000000, or 'auto', but was '" + text + "'");
        }
        return value;
    }

    private static final double MAX_LAMBDA = 1e6;
}
