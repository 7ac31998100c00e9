package org.imrtoolkit.app.io;

import java.io.IOException;
import java.nio.file.Path;

import org.imrtoolkit.model.metrics.Metrics;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
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
    public static void write(Path path, Metrics metrics, String name, Object detail) throws IOException {
        ObjectNode json = JSON.valueToTree(metrics);
        json.set(name, JSON.valueToTree(detail));
        ReportFiles.text(path, JSON.writeValueAsString(json) + "\n");
    }
}
