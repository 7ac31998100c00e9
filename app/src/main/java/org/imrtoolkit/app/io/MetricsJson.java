package org.imrtoolkit.app.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.imrtoolkit.model.metrics.Metrics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Metrics as the JSON file {@code --metrics} writes: the metrics record's own fields in snake_case
 * ({@code n, positives, accuracy, balanced_accuracy, roc_auc, pr_auc, brier, threshold, confusion,
 * per_class, calibration, baseline}), then one more member: the folds, or the figures by treatment type.
 */
public final class MetricsJson {

    /** Immutable and thread-safe, as Jackson 3 mappers are. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private MetricsJson() {
    }

    /**
     * @param name   the extra member's name ("folds", "by_treatment_type")
     * @param detail its value: metrics, or lists and maps of them
     */
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

    public static void write(Path path, Metrics metrics, String name, Object detail) throws IOException {
        ObjectNode json = JSON.valueToTree(metrics);
        json.set(name, JSON.valueToTree(detail));
        nullUndefined(json);
        if (!metrics.undefinedReason().isEmpty()) {
            json.put("undefined", metrics.undefinedReason());
        }
        ReportFiles.text(path, JSON.writeValueAsString(json) + "\n");
    }
}
