// Run by scripts/model-selection.sh: `java -cp "cli/target/lib/*" scripts/SelectionTable.java DIR
// LETTERS REPEATS NAME|DESCRIPTION|OPTIONS...` prints the Markdown table of the configurations'
// repeated cross-validation figures from DIR/NAME.json (written by `imr train --metrics`): mean (sd)
// over the repeats and the letter-level bootstrap 95% interval, the always-majority baseline first.
// A configuration whose JSON is missing is listed as not run.

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

public class SelectionTable {

    private static final String[] METRICS = {"roc_auc", "pr_auc", "balanced_accuracy", "brier"};

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        JsonMapper json = JsonMapper.builder().build();
        StringBuilder rows = new StringBuilder();
        JsonNode baseline = null;
        for (int i = 3; i < args.length; i++) {
            String[] config = args[i].split("\\|", 3);
            Path file = dir.resolve(config[0] + ".json");
            if (!Files.exists(file)) {
                rows.append("| ").append(config[1]).append(" | `").append(config[2]).append("` | not run | | | |\n");
                continue;
            }
            JsonNode m = json.readTree(file.toFile());
            baseline = baseline == null ? m : baseline;
            rows.append("| ").append(config[1]).append(" | `").append(config[2]).append('`');
            for (String metric : METRICS) {
                JsonNode spread = m.path("repeats").path(metric);
                rows.append(" | ").append(number(spread.path("mean"))).append(" (").append(number(spread.path("sd")))
                        .append(") ").append(interval(m.path(metric + "_ci")));
            }
            rows.append(" |\n");
        }
        StringBuilder out = new StringBuilder();
        out.append("# Model selection: repeated cross-validation\n\n");
        out.append("Letters: `").append(args[1]).append("`; ").append(args[2])
                .append(" repeats of 5-fold cross-validation grouped by letter (fold seeds 42, 43, ...). ")
                .append("Each cell: mean (sd) over the repeats, then the 95% interval from 2,000 bootstrap ")
                .append("resamples of whole letters. Balanced accuracy is at a threshold chosen on the same ")
                .append("out-of-fold predictions (slightly optimistic). Written by `scripts/model-selection.sh`.\n\n");
        out.append("| model | options | ROC-AUC | PR-AUC | balanced accuracy | Brier |\n");
        out.append("| --- | --- | --- | --- | --- | --- |\n");
        if (baseline != null) {
            JsonNode b = baseline.path("baseline");
            out.append("| always ").append(b.path("predicts").asString()).append(" (baseline) | | ")
                    .append(number(b.path("roc_auc"))).append(" | ").append(number(b.path("pr_auc"))).append(" | ")
                    .append(number(b.path("balanced_accuracy"))).append(" | ").append(number(b.path("brier")))
                    .append(" |\n");
        }
        out.append(rows);
        System.out.print(out);
    }

    private static String number(JsonNode n) {
        return n.isNumber() ? String.format(Locale.ROOT, "%.3f", n.asDouble()) : "n/a";
    }

    private static String interval(JsonNode n) {
        return n.isArray() ? "[" + number(n.get(0)) + ", " + number(n.get(1)) + "]" : "n/a";
    }
}
