package org.imrtoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * A model trained on a table (one case a row, as the DMHC example of the README) speaks of rows and
 * columns in everything it prints, and holds no input that is the same for every row.
 */
class TableModelReportTest {

    @TempDir
    Path dir;

    /**
     * 300 rows: kind a mostly Overturned, b mostly Upheld, c half; the plan is the same in every row;
     * no text column, so nothing of a letter's account of the UR can be read.
     */
    static String rows() {
        StringBuilder s = new StringBuilder("id,kind,plan,outcome\n");
        for (int i = 0; i < 300; i++) {
            String kind = List.of("a", "b", "c").get(i % 3);
            boolean over = switch (kind) {
                case "a" -> i % 10 != 0;
                case "b" -> i % 10 == 1;
                default -> i % 2 == 0;
            };
            s.append("r").append(i).append(',').append(kind).append(",Gold,").append(over ? "Overturned" : "Upheld").append('\n');
        }
        return s.toString();
    }

    @Test
    void aTableModelsReportsSpeakOfRowsAndHoldNoConstantInput() throws Exception {
        Path csv = Files.writeString(dir.resolve("plans.csv"), rows());
        Path model = dir.resolve("table.imrmodel");
        Path cvReport = dir.resolve("cv.html");
        Run train = Run.of("train", "-q", "-o", model.toString(), "--report", cvReport.toString(), "--id-column", "id",
                "--label-column", "outcome", "--category-column", "kind", "--category-column", "plan", csv.toString());
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(train.out().contains("trained on 300 rows (") && train.out().contains("each row its own group"), train.out());
        assertTrue(train.out().contains("resamples of rows"), train.out());

        Map<?, ?> manifest = JsonMapper.builder().build().readValue(
                Run.of("model-info", "--json", model.toString()).out(), Map.class);
        Map<?, ?> spec = (Map<?, ?>) manifest.get("featureSpec");
        // "what the UR decided is not stated" and "plan: Gold" are true of every row: no inputs
        assertEquals(List.of(), spec.get("named"), "no named input of a letter's account");
        assertEquals(List.of("kind=a", "kind=b", "kind=c"), spec.get("categories"));

        Path evalReport = dir.resolve("eval.html");
        Run eval = Run.of("evaluate", "-q", "-m", model.toString(), "--report", evalReport.toString(), csv.toString());
        assertEquals(0, eval.exitCode(), eval.err());
        assertFalse(eval.out().contains("treatment type"), eval.out());
        Run info = Run.of("model-info", model.toString());
        for (String text : List.of(train.out(), eval.out(), info.out(), Files.readString(cvReport), Files.readString(evalReport))) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String word : List.of("letter", "the ur ", "treatment type", "ur_decision")) {
                assertFalse(lower.contains(word), "'" + word + "' in a table model's output:\n" + excerpt(lower, word));
            }
        }
        String html = Files.readString(cvReport);
        assertTrue(html.contains("resamples of rows") || html.contains("rows resampled"), "the intervals resample rows");
        assertTrue(html.contains("rows of 1 table"), "the card's training data");
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        assertTrue(Files.size(Chromium.screenshot(cvReport, shots.resolve("table-model-cross-validation.png"))) > 20_000);
        assertTrue(Files.size(Chromium.screenshot(evalReport, shots.resolve("table-model-evaluation.png"))) > 20_000);
    }

    private static String excerpt(String text, String word) {
        int at = text.indexOf(word);
        return text.substring(Math.max(0, at - 150), Math.min(text.length(), at + 150));
    }
}
