package org.imrtoolkit.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.imrtoolkit.model.metrics.CalibrationBin;
import org.imrtoolkit.model.metrics.ClassMetrics;
import org.imrtoolkit.model.metrics.Metrics;

/**
 * Metrics as the JSON object {@code --metrics} writes: snake_case keys, the headline figures at the
 * top level ({@code n, accuracy, balanced_accuracy, roc_auc, pr_auc, brier, threshold, confusion,
 * baseline}), then per-class figures and the calibration table.
 */
final class MetricsJson {

    private MetricsJson() {
    }

    public static Map<String, Object> of(Metrics m) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("n", m.n());
        o.put("positives", m.positives());
        o.put("accuracy", m.accuracy());
        o.put("balanced_accuracy", m.balancedAccuracy());
        o.put("roc_auc", m.rocAuc());
        o.put("pr_auc", m.prAuc());
        o.put("brier", m.brier());
        o.put("threshold", m.threshold());
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("true_positive", m.confusion().truePositive());
        c.put("false_positive", m.confusion().falsePositive());
        c.put("true_negative", m.confusion().trueNegative());
        c.put("false_negative", m.confusion().falseNegative());
        o.put("confusion", c);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("predicts", m.baseline().predicts());
        b.put("accuracy", m.baseline().accuracy());
        b.put("balanced_accuracy", m.baseline().balancedAccuracy());
        b.put("roc_auc", m.baseline().rocAuc());
        b.put("pr_auc", m.baseline().prAuc());
        b.put("brier", m.baseline().brier());
        o.put("baseline", b);
        List<Object> classes = new ArrayList<>();
        for (ClassMetrics cm : m.perClass()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("label", cm.label());
            x.put("precision", cm.precision());
            x.put("recall", cm.recall());
            x.put("f1", cm.f1());
            x.put("support", cm.support());
            classes.add(x);
        }
        o.put("per_class", classes);
        List<Object> bins = new ArrayList<>();
        for (CalibrationBin bin : m.calibration()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("from", bin.from());
            x.put("to", bin.to());
            x.put("n", bin.n());
            x.put("mean_predicted", bin.meanPredicted());
            x.put("observed", bin.observed());
            bins.add(x);
        }
        o.put("calibration", bins);
        return o;
    }
}
