package org.imrtoolkit.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.imrtoolkit.model.BuildProvenance;
import org.imrtoolkit.model.CrossValidationSummary;
import org.imrtoolkit.model.FittedModel;
import org.imrtoolkit.model.Grouping;
import org.imrtoolkit.model.ModelFile;
import org.imrtoolkit.model.ModelManifest;
import org.imrtoolkit.model.metrics.BootstrapIntervals;
import org.imrtoolkit.model.metrics.Interval;
import org.imrtoolkit.model.metrics.Metrics;
import org.imrtoolkit.model.metrics.RepeatedFigures;

/**
 * A model's card, after the published model-card practice (Mitchell et al., "Model Cards for Model
 * Reporting", FAT* 2019): model details, intended use, factors, metrics, evaluation data, training
 * data, ethical considerations and caveats, all from the model file, so that {@code imr model-info}
 * and every HTML report say the same. Every figure carries its interval and says whether that
 * interval excludes chance.
 *
 * @param details        what the model is and where it came from
 * @param intendedUse    what it is for, and what not
 * @param factors        the groups its figures are (or are not) broken down by
 * @param figures        the cross-validated figures, each with its interval and chance level
 * @param evaluationData what the figures were measured on
 * @param trainingData   what it was trained on
 * @param inputs         each named input and category in words, with its share of training cases
 * @param terms          how many lexical terms it reads besides (listed by name in the manifest only)
 * @param strongest      the inputs of largest weight (a logistic model's; empty for trees)
 * @param ethics         ethical considerations
 * @param caveats        known limits, this model's first
 */
public record ModelCard(Details details, String intendedUse, String factors, List<Figure> figures,
                        String evaluationData, TrainingData trainingData, List<Input> inputs, int terms,
                        List<StrongestInputs.Input> strongest, String ethics, List<String> caveats) {

    /** How many strongest inputs a card lists. */
    public static final int STRONGEST = 15;

    /**
     * What a user of a model's predictions must hear before reading them when its cross-validated
     * ROC-AUC interval does not lie above chance: flags that are no evidence about a case should not be
     * read as forecasts, and the card that says so sits at the end of a report no one may scroll to.
     * Empty when the interval excludes chance or none was recorded.
     */
    public static java.util.Optional<String> chanceWarning(ModelManifest m) {
        return chanceWarning(figures(m.crossValidation(), baseRate(m)));
    }

    /** {@link #chanceWarning(ModelManifest)} of a card's figures. */
    public static java.util.Optional<String> chanceWarning(List<Figure> figures) {
        return figures.stream().filter(f -> f.name().equals("ROC-AUC") && Boolean.FALSE.equals(f.excludesChance()))
                .findFirst().map(f -> String.format(Locale.ROOT, "this model is not shown to rank cases better than "
                        + "chance: its cross-validated ROC-AUC is %.3f, and its interval [%.3f, %.3f] %s; its "
                        + "flags and probabilities are no evidence about a case (imr model-info gives the model's card)",
                        f.value(), f.low(), f.high(), f.sideOfChance(String.format(Locale.ROOT, "%.1f", f.chance()))));
    }

    /**
     * @param algorithm       logistic, rf or gbm, with its settings
     * @param toolkitVersion  the toolkit version that trained it
     * @param created         when
     * @param buildCommit     the git commit of the build that trained it, or "not recorded"
     * @param ruleFiles       the SHA-256 of each rule file its features came from (empty when not recorded)
     * @param changedRuleFiles the rule files that differ from the running toolkit's
     */
    public record Details(String algorithm, String toolkitVersion, String created, String buildCommit,
                          java.util.Map<String, String> ruleFiles, List<String> changedRuleFiles) {
    }

    /**
     * A figure with its 95% interval and what chance scores.
     *
     * @param name           "ROC-AUC"
     * @param value          the repeats' mean (or the one cross-validation's figure)
     * @param low            the interval's low end, NaN when none was recorded
     * @param high           its high end
     * @param chance         what a model without skill scores (0.5; the base rate; the always-majority Brier)
     * @param chanceMeaning  what that chance level is, in words
     * @param lowerIsBetter  whether a lower value is better (Brier)
     * @param excludesChance whether the interval lies wholly on the better side of chance; null when there is no interval
     */
    public record Figure(String name, double value, double low, double high, double chance, String chanceMeaning,
                         boolean lowerIsBetter, Boolean excludesChance) {

        /** "0.630 [0.498, 0.763]; includes 0.5 (chance): not shown to rank better than chance". */
        public String describe() {
            String interval = Double.isNaN(low) ? "no interval recorded"
                    : String.format(Locale.ROOT, "[%.3f, %.3f]", low, high);
            String verdict = excludesChance == null ? ""
                    : excludesChance ? String.format(Locale.ROOT, "; excludes %.3f (%s)", chance, chanceMeaning)
                    : String.format(Locale.ROOT, "; %s (%s): not shown to be better than chance",
                    sideOfChance(String.format(Locale.ROOT, "%.3f", chance)), chanceMeaning);
            return String.format(Locale.ROOT, "%.3f %s%s", value, interval, verdict);
        }

        /**
         * Where an interval that does not exclude chance lies: "includes 0.500", or, wholly on the
         * worse side, "lies below 0.500" ("lies above" for a figure where lower is better).
         *
         * @param shown chance as the sentence prints it
         */
        public String sideOfChance(String shown) {
            boolean worse = lowerIsBetter ? low > chance : high < chance;
            return worse ? (lowerIsBetter ? "lies above " : "lies below ") + shown : "includes " + shown;
        }
    }

    /**
     * @param unit       "letter" (the cases are letters' items) or "row" (rows of tables)
     * @param files      how many files
     * @param cases      how many cases (items of letters, or rows)
     * @param positives  how many were of the positive class
     * @param positive   the positive class's name
     * @param baseRate   positives / cases
     * @param filters    the rows taken from tables (--where), empty when all
     */
    public record TrainingData(String unit, int files, int cases, int positives, String positive, double baseRate,
                               List<String> filters) {

        /** "129 letters' 153 items (34 Overturned, base rate 0.222)". */
        public String describe() {
            String what = unit.equals("row") ? cases + " rows of " + files + (files == 1 ? " table" : " tables")
                    : cases + " items of letters from " + files + " files";
            return String.format(Locale.ROOT, "%s (%d %s, base rate %.3f)%s", what, positives, positive, baseRate,
                    filters.isEmpty() ? "" : "; rows where " + String.join(" and ", filters));
        }
    }

    /**
     * One input of the model.
     *
     * @param name    as the model names it
     * @param meaning in words
     * @param share   the share of training cases that had it; NaN when the model file did not record it
     */
    public record Input(String name, String meaning, double share) {
    }

    /** The card of a loaded model, compared with the running toolkit's rule files. */
    public static ModelCard of(ModelFile.Contents contents) {
        return of(contents, BuildProvenance.current());
    }

    /** The card of a loaded model, compared with the running toolkit's provenance when the caller already has it. */
    public static ModelCard of(ModelFile.Contents contents, BuildProvenance running) {
        ModelManifest m = contents.manifest();
        boolean rows = m.trainedOnTables();
        Grouping grouping = Grouping.of(m);
        String unit = rows ? "row" : "letter";
        String positive = m.positiveLabel();
        BuildProvenance p = m.provenance();
        List<String> changed = p == null ? List.of() : p.changedRuleFiles(running);
        Details details = new Details(String.format(Locale.ROOT, "%s (lambda %s, features %s, seed %d)", m.algorithm(),
                m.options().lambda(), m.options().featureSet().label(), m.options().seed()), m.toolkitVersion(),
                m.created(), p == null ? "not recorded" : p.buildCommit(), p == null ? java.util.Map.of() : p.ruleFiles(),
                changed);

        double baseRate = baseRate(m);
        List<String> filters = m.inputs().stream().flatMap(d -> d.where().stream()).distinct().toList();
        TrainingData training = new TrainingData(unit, m.inputs().size(), m.trainingExamples(), m.trainingPositives(),
                positive, baseRate, filters);

        String intended = rows
                ? "Ranks rows of tables like the one it was trained on (the same columns) by the chance that the "
                        + "outcome is " + positive + ", so that the most likely ones are read first. It is not to decide "
                        + "a case, and says nothing of rows from another source or time."
                : "Ranks the disputed items of California workers' compensation IMR letters by the chance that the "
                        + "IMR reviewer's decision is " + positive + ", so that the items most likely to be "
                        + positive + " are read first. It reads the case as the letter's summary tells it, never the "
                        + "decision or its rationale. It is not to decide a case, and says nothing of other "
                        + "jurisdictions or of documents other than IMR letters.";
        String factors = rows
                ? "No breakdown: the rows carry no kind of request the figures could be split by."
                : "imr evaluate's report breaks the figures down by treatment type; the numbers of items per type "
                        + "are small, so those figures are noisy.";
        CrossValidationSummary cv = m.crossValidation();
        RepeatedFigures r = cv.repeated();
        String evaluation = (r == null ? cv.folds() + "-fold cross-validation"
                : r.repeats() + " repeats of " + cv.folds() + "-fold cross-validation")
                + " on the training data, " + (rows ? grouping.folds() : "the items of a letter kept in one fold")
                + (r == null ? "" : "; intervals: percentile bootstrap of " + r.intervals().resamples()
                + " resamples of " + grouping.resampled())
                + ". The threshold and the calibration were chosen on the same out-of-fold predictions.";

        List<Figure> figures = figures(cv, baseRate);
        FittedModel fitted = FittedModel.of(contents);
        List<Double> shares = m.inputShares();
        List<Input> inputs = new ArrayList<>();
        var spec = m.featureSpec();
        int namedAndCategories = spec.named().size() + spec.categories().size();
        for (int i = 0; i < namedAndCategories; i++) {
            String name = spec.name(i);
            inputs.add(new Input(name, InputLabels.label(name, null), shares == null ? Double.NaN : shares.get(i)));
        }
        double[] presence = shares == null ? null : shares.stream().mapToDouble(Double::doubleValue).toArray();
        List<StrongestInputs.Input> strongest = StrongestInputs.of(fitted, STRONGEST, m.trainingExamples(), presence);

        String ethics = (rows ? "The rows may hold health information about people; " : "The letters hold health "
                + "information of injured workers; ")
                + "keep inputs and outputs where such data may be kept. The model learns from past decisions and "
                + "repeats their patterns, fair or not. "
                + (m.options().featureSet().uses(org.imrtoolkit.model.encode.FeatureSet.Block.DESCRIPTIVE) && !rows
                ? "This model reads descriptive inputs (such as sex, age or work status), which carry no "
                + "medical-necessity content; check that its use allows them."
                : rows ? "It reads the columns it was given; check that each may be used to rank cases."
                : "It reads no descriptive inputs (sex, age, body regions, work status, diagnosis group).");
        return new ModelCard(details, intended, factors, figures, evaluation, training, inputs, spec.terms().size(),
                strongest, ethics, caveats(m, figures, changed, rows));
    }

    private static double baseRate(ModelManifest m) {
        return m.trainingExamples() == 0 ? Double.NaN : m.trainingPositives() / (double) m.trainingExamples();
    }

    private static List<Figure> figures(CrossValidationSummary cv, double baseRate) {
        Metrics pooled = cv.pooled();
        RepeatedFigures r = cv.repeated();
        BootstrapIntervals i = r == null ? null : r.intervals();
        List<Figure> figures = new ArrayList<>();
        figures.add(figure("ROC-AUC", r == null ? pooled.rocAuc() : r.rocAuc().mean(), i == null ? null : i.rocAuc(),
                0.5, "chance", false));
        figures.add(figure("PR-AUC (" + pooled.perClass().get(1).label() + ")", r == null ? pooled.prAuc() : r.prAuc().mean(),
                i == null ? null : i.prAuc(), baseRate, "the base rate", false));
        figures.add(figure("balanced accuracy", r == null ? pooled.balancedAccuracy() : r.balancedAccuracy().mean(),
                i == null ? null : i.balancedAccuracy(), 0.5, "chance", false));
        figures.add(figure("Brier score", r == null ? pooled.brier() : r.brier().mean(), i == null ? null : i.brier(),
                pooled.baseline().brier(), "always predicting the base rate", true));
        return figures;
    }

    private static Figure figure(String name, double value, Interval interval, double chance, String meaning,
                                 boolean lowerIsBetter) {
        boolean has = interval != null && interval.defined() && !Double.isNaN(chance);
        Boolean excludes = has ? (lowerIsBetter ? interval.high() < chance : interval.low() > chance) : null;
        return new Figure(name, value, has ? interval.low() : Double.NaN, has ? interval.high() : Double.NaN, chance,
                meaning, lowerIsBetter, excludes);
    }

    private static List<String> caveats(ModelManifest m, List<Figure> figures, List<String> changed, boolean rows) {
        List<String> c = new ArrayList<>();
        for (Figure f : figures) {
            if (Boolean.FALSE.equals(f.excludesChance())) {
                c.add(String.format(Locale.ROOT, "The %s interval [%.3f, %.3f] %s (%s): on these data the "
                        + "model is not shown to do better than that.", f.name(), f.low(), f.high(),
                        f.sideOfChance(String.format(Locale.ROOT, "%.3f", f.chance())), f.chanceMeaning()));
            }
        }
        if (figures.stream().allMatch(f -> f.excludesChance() == null)) {
            c.add("The model file records no intervals (trained before repeated cross-validation): its figures "
                    + "come without their uncertainty.");
        }
        if (!changed.isEmpty()) {
            c.add("The running toolkit's rule files differ from those the model was trained with (" + String.join(", ", changed)
                    + "): its inputs are read with other rules now; retrain it.");
        }
        if (m.provenance() == null) {
            c.add("The model file predates provenance: the build and the rule files it was trained with are not recorded.");
        }
        if (m.trainingPositives() < 50) {
            c.add("Trained on " + m.trainingPositives() + " " + m.positiveLabel() + " cases only: one split's luck moves "
                    + "the figures by several hundredths.");
        }
        c.add("The threshold was chosen on the same cross-validated predictions it is reported on, so the figures at "
                + "the threshold (balanced accuracy, recall) are slightly optimistic; ROC-AUC and PR-AUC are not.");
        c.add("Probabilities are calibrated on the training " + (rows ? "rows" : "letters")
                + "; on data of another time or source the rates may differ.");
        c.add("A reason is an input's share of the log-odds: what the model weighs, not why a reviewer decided.");
        return c;
    }
}
