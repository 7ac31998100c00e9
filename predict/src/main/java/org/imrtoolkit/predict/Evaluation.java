package org.imrtoolkit.predict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.imrtoolkit.model.metrics.Metrics;
import org.imrtoolkit.model.metrics.MetricsCalculator;

/**
 * A model's figures on labelled cases: the metrics, the same by treatment type, and the most
 * confident errors with their reasons.
 *
 * @param metrics         overall
 * @param byTreatmentType per treatment type, in name order
 * @param confidentErrors up to 20 wrong predictions, the most confident first
 * @param y               true labels (1 positive), for the report's curves
 * @param p               predicted positive probabilities
 */
public record Evaluation(Metrics metrics, Map<String, Metrics> byTreatmentType, List<ConfidentError> confidentErrors,
                         int[] y, double[] p) {

    /** A wrong prediction and how sure the model was. */
    public record ConfidentError(Prediction prediction, String actual, double confidence) {
    }

    public static final int ERRORS_SHOWN = 20;

    /**
     * @param predictions the predictions
     * @param actual      each prediction's true class name
     * @param labels      the negative and positive class names
     * @param threshold   the model's threshold
     * @param trainingRate the positive rate the model was trained on, for the baseline's Brier score
     */
    public static Evaluation of(List<Prediction> predictions, List<String> actual, List<String> labels, double threshold,
                                double trainingRate) {
        int n = predictions.size();
        int[] y = new int[n];
        double[] p = new double[n];
        Map<String, List<Integer>> byType = new TreeMap<>();
        List<ConfidentError> errors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Prediction pr = predictions.get(i);
            y[i] = actual.get(i).equals(labels.get(1)) ? 1 : 0;
            p[i] = pr.probability();
            byType.computeIfAbsent(pr.clinical().treatmentType().label(), k -> new ArrayList<>()).add(i);
            if (!pr.predicted().equals(actual.get(i))) {
                errors.add(new ConfidentError(pr, actual.get(i), y[i] == 1 ? 1 - p[i] : p[i]));
            }
        }
        errors.sort(Comparator.comparingDouble(ConfidentError::confidence).reversed()
                .thenComparing(e -> e.prediction().id()));
        Metrics metrics = MetricsCalculator.of(y, p, threshold, labels, trainingRate);
        Map<String, Metrics> perType = new TreeMap<>();
        byType.forEach((type, rows) -> {
            int[] ty = rows.stream().mapToInt(r -> y[r]).toArray();
            double[] tp = rows.stream().mapToDouble(r -> p[r]).toArray();
            perType.put(type, MetricsCalculator.of(ty, tp, threshold, labels, trainingRate));
        });
        return new Evaluation(metrics, perType, errors.subList(0, Math.min(ERRORS_SHOWN, errors.size())), y, p);
    }
}
