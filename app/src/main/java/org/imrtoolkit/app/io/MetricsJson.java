package org.imrtoolkit.app.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.imrtoolkit.model.Grouping;
import org.imrtoolkit.model.metrics.BootstrapIntervals;
import org.imrtoolkit.model.metrics.Interval;
import org.imrtoolkit.model.metrics.Metrics;
import org.imrtoolkit.model.metrics.RepeatedFigures;
import org.imrtoolkit.model.metrics.Spread;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Metrics as the JSON file {@code --metrics} writes: the metrics record's own fields in snake_case
 * ({@code n, positives, accuracy, balanced_accuracy, roc_auc, pr_auc, brier, threshold, confusion,
 * per_class, calibration, baseline}); where intervals were computed, {@code roc_auc_ci, pr_auc_ci,
 * balanced_accuracy_ci, brier_ci} (each {@code [low, high]}, null where the metric is undefined) and
 * {@code bootstrap} (resamples, seed); for repeated cross-validation {@code repeats} (count, seeds,
 * each headline metric's mean and sd, each repeat's metrics); then the extra members: the folds, or
 * the figures by treatment type. Every undefined figure is null, and {@code undefined} says why.
 */
public final class MetricsJson {

    /** Immutable and thread-safe, as Jackson 3 mappers are. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private MetricsJson() {
    }

    /** An undefined figure (NaN) is null in JSON: NaN is no JSON number, and 0 would be read as one. */
    private static void nullUndefined(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (String field : List.copyOf(o.propertyNames())) {
                JsonNode v = o.get(field);
                if (v.isNumber() && Double.isNaN(v.asDouble())) {
                    o.putNull(field);
                } else {
                    nullUndefined(v);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                JsonNode v = a.get(i);
                if (v.isNumber() && Double.isNaN(v.asDouble())) {
                    a.set(i, a.nullNode());
                } else {
                    nullUndefined(v);
                }
            }
        }
    }

    /**
     * @param name   the extra member's name ("folds", "by_treatment_type")
     * @param detail its value: metrics, or lists and maps of them
     */
    public static void write(Path path, Metrics metrics, String name, Object detail) throws IOException {
        write(path, metrics, null, null, Map.of(name, detail), Grouping.LETTERS);
    }

    /**
     * @param intervals letter-level bootstrap intervals, or null
     * @param repeated  repeated cross-validation's figures, or null
     * @param extra     further members, in order: metrics, or lists and maps of them
     * @param grouping  which cases a resample of the intervals drew together
     */
    public static void write(Path path, Metrics metrics, BootstrapIntervals intervals, RepeatedFigures repeated,
                             Map<String, ?> extra, Grouping grouping) throws IOException {
        ReportFiles.text(path, JSON.writeValueAsString(tree(metrics, intervals, repeated, extra, grouping)) + "\n");
    }

    static ObjectNode tree(Metrics metrics, BootstrapIntervals intervals, RepeatedFigures repeated,
                           Map<String, ?> extra, Grouping grouping) {
        ObjectNode json = JSON.valueToTree(metrics);
        if (intervals != null) {
            json.set("roc_auc_ci", interval(intervals.rocAuc()));
            json.set("pr_auc_ci", interval(intervals.prAuc()));
            json.set("balanced_accuracy_ci", interval(intervals.balancedAccuracy()));
            json.set("brier_ci", interval(intervals.brier()));
            ObjectNode bootstrap = json.putObject("bootstrap");
            bootstrap.put("resamples", intervals.resamples());
            bootstrap.put("seed", intervals.seed());
            bootstrap.put("unit", grouping.unit());
            if (grouping.column() != null) {
                bootstrap.put("group_column", grouping.column());
            }
        }
        if (repeated != null) {
            ObjectNode r = json.putObject("repeats");
            r.put("count", repeated.repeats());
            ArrayNode seeds = r.putArray("seeds");
            repeated.seeds().forEach(seeds::add);
            Map<String, Spread> spreads = new LinkedHashMap<>();
            spreads.put("roc_auc", repeated.rocAuc());
            spreads.put("pr_auc", repeated.prAuc());
            spreads.put("balanced_accuracy", repeated.balancedAccuracy());
            spreads.put("brier", repeated.brier());
            spreads.forEach((metric, s) -> {
                ObjectNode o = r.putObject(metric);
                number(o, "mean", s.mean());
                number(o, "sd", s.sd());
            });
            r.set("per_repeat", JSON.valueToTree(repeated.perRepeat()));
        }
        extra.forEach((name, detail) -> json.set(name, JSON.valueToTree(detail)));
        nullUndefined(json);
        if (!metrics.undefinedReason().isEmpty()) {
            json.put("undefined", metrics.undefinedReason());
        }
        return json;
    }

    /** {@code [low, high]}, or null where the metric is undefined: JSON has no NaN. */
    private static JsonNode interval(Interval i) {
        if (!i.defined()) {
            return JSON.nullNode();
        }
        ArrayNode a = JSON.createArrayNode();
        a.add(i.low());
        a.add(i.high());
        return a;
    }

    private static void number(ObjectNode o, String name, double v) {
        if (Double.isNaN(v)) {
            o.putNull(name);
        } else {
            o.put(name, v);
        }
    }
}
