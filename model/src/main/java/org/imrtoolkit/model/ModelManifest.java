package org.imrtoolkit.model;

import java.util.List;
import java.util.Map;

import org.imrtoolkit.core.io.CsvColumns;
import org.imrtoolkit.model.encode.FeatureSpec;

/**
 * {@code manifest.json}: everything a model file says of itself. This, not a serialized object, is
 * the model file's contract; {@link #FORMAT_VERSION} changes whenever its meaning does.
 *
 * @param formatVersion    the format's version
 * @param toolkitVersion   the toolkit version that wrote it
 * @param created          when, as an ISO-8601 instant
 * @param algorithm        logistic, rf or gbm
 * @param options          how it was trained
 * @param inputs           the training files and their SHA-256
 * @param csvColumns       the CSV column mapping trained with, which predict and evaluate reuse
 * @param positiveLabel    the class whose probability the model gives
 * @param labels           the negative and positive class's names
 * @param threshold        the positive class is predicted at or above this probability
 * @param calibration      the Platt scaling folded into the coefficients (for the record)
 * @param trainingExamples how many examples it was fitted on
 * @param trainingPositives how many of them were positive
 * @param featureSpec      the inputs, vocabulary included
 * @param crossValidation  the cross-validated metrics
 * @param smileVersion     always null now: tree models were once Java-serialized Smile objects that needed it
 * @param entries          SHA-256 of every other entry of the file, by name
 * @param inputShares      the share of training cases in which each input (in the feature spec's order) is
 *                         present; null in model files written before it was recorded
 * @param provenance       the build and rule files the model was trained with; null in older model files
 */
public record ModelManifest(int formatVersion, String toolkitVersion, String created, String algorithm,
                            TrainingSettings options, List<InputDigest> inputs, CsvColumns csvColumns,
                            String positiveLabel, List<String> labels, double threshold,
                            PlattScaling calibration, int trainingExamples,
                            int trainingPositives, FeatureSpec featureSpec, CrossValidationSummary crossValidation,
                            String smileVersion, Map<String, String> entries, List<Double> inputShares,
                            BuildProvenance provenance) {

    public static final int FORMAT_VERSION = 1;

    /** A manifest without the fields added later (input shares, provenance), as older model files are. */
    public ModelManifest(int formatVersion, String toolkitVersion, String created, String algorithm,
                         TrainingSettings options, List<InputDigest> inputs, CsvColumns csvColumns,
                         String positiveLabel, List<String> labels, double threshold,
                         PlattScaling calibration, int trainingExamples,
                         int trainingPositives, FeatureSpec featureSpec, CrossValidationSummary crossValidation,
                         String smileVersion, Map<String, String> entries) {
        this(formatVersion, toolkitVersion, created, algorithm, options, inputs, csvColumns, positiveLabel, labels,
                threshold, calibration, trainingExamples, trainingPositives, featureSpec, crossValidation, smileVersion,
                entries, null, null);
    }

    /**
     * Whether the model was trained on tables only (one case per row), so that its figures are of rows
     * rather than of letters' items.
     */
    public boolean trainedOnTables() {
        return !inputs.isEmpty() && inputs.stream().allMatch(d -> InputDigest.isTable(d.path()));
    }

    /**
     * This manifest as the model file writes it: with the checksums of the file's other entries and
     * the Smile version a serialized entry needs (null when none does).
     */
    public ModelManifest sealed(Map<String, String> checksums, String serializedWith) {
        return new ModelManifest(formatVersion, toolkitVersion, created, algorithm, options, inputs, csvColumns,
                positiveLabel, labels, threshold, calibration, trainingExamples, trainingPositives, featureSpec,
                crossValidation, serializedWith, checksums, inputShares, provenance);
    }
}
