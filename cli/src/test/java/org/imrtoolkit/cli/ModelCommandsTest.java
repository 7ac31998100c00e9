package org.imrtoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.imrtoolkit.core.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** train, predict, evaluate and model-info through picocli, on the real letters. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelCommandsTest {

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    @TempDir
    Path dir;

    private Path model;

    @BeforeAll
    void train(@TempDir Path shared) {
        model = shared.resolve("wc.imrmodel");
        Run run = Run.of("train", "-q", "-o", model.toString(), "--metrics", shared.resolve("cv.json").toString(),
                SharedData.shared("wc-letters/txt").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("trained on 311 cases (34 Overturned) from 129 files; 5 repeats of 5-fold"),
                run.out());
        assertTrue(run.out().contains("95% interval"), run.out());
        Map<?, ?> json = JsonMapper.builder().build().readValue(shared.resolve("cv.json").toFile(), Map.class);
        Map<?, ?> repeats = (Map<?, ?>) json.get("repeats");
        assertEquals(5, repeats.get("count"));
        Map<?, ?> auc = (Map<?, ?>) repeats.get("roc_auc");
        List<?> ci = (List<?>) json.get("roc_auc_ci");
        double mean = ((Number) auc.get("mean")).doubleValue();
        assertTrue(((Number) ci.get(0)).doubleValue() <= mean && mean <= ((Number) ci.get(1)).doubleValue(),
                "the interval " + ci + " holds the repeats' mean " + mean);
    }

    @Test
    void theShippedLettersAreAllUpheldSoTrainingOnThemIsRefused() {
        Run run = Run.of("train", "-q", "-o", dir.resolve("m.imrmodel").toString(), SharedData.dataLetters().toString());
        assertEquals(1, run.exitCode());
        assertEquals("imr train: both outcomes are needed to train, but every example is 'Upheld' (9 examples)",
                run.err().strip());
        assertFalse(Files.exists(dir.resolve("m.imrmodel")));
    }

    @Test
    void predictWritesOneRowPerItemWithReasons() throws IOException {
        Path out = dir.resolve("p.csv");
        Path report = dir.resolve("p.html");
        Run run = Run.of("predict", "-m", model.toString(), "-o", out.toString(), "--report", report.toString(),
                SharedData.dataLetters().toString());
        assertEquals(0, run.exitCode(), run.err());
        List<CSVRecord> rows = READ.parse(Files.newBufferedReader(out)).getRecords();
        assertEquals(9, rows.size());
        assertEquals(List.of("id", "item", "predicted", "probability_overturned", "flagged", "rank", "percentile", "reasons"),
                rows.get(0).getParser().getHeaderNames());
        int withoutReason = 0;
        for (CSVRecord r : rows) {
            double p = Double.parseDouble(r.get("probability_overturned"));
            assertTrue(p > 0 && p < 1, r.toString());
            assertTrue(List.of("Upheld", "Overturned").contains(r.get("predicted")));
            // the default features are the UR's decision and reasons; a reason is an input the case has that
            // pushes toward the prediction: the UR's decision (none of these summaries cites a UR reason).
            // Since issue 18 (ur_modified is the UR's modification of this item, not a word anywhere in the
            // letter) a model trained on the shared letters can weigh an item's only inputs against its
            // prediction: such an item has no reason, which the cell shows as empty.
            if (r.get("reasons").isEmpty()) {
                withoutReason++;
                continue;
            }
            assertEquals(1, r.get("reasons").split(" \\| ").length, r.get("reasons"));
            assertTrue(r.get("reasons").matches("(the UR denied the request|the UR modified this item \\(certified less than was asked\\)"
                    + "|what the UR decided is not stated) \\((raises|lowers) the chance of Overturned, [+-]\\d\\.\\d\\d\\).*"),
                    r.get("reasons"));
        }
        assertTrue(withoutReason <= 2, withoutReason + " of 9 items without a reason");
        assertTrue(Files.readString(report).contains("000_cef401a6dd751b32/1"));
    }

    @Test
    void theDecisionWrittenInALetterIsIgnored() throws IOException {
        String letter = Files.readString(SharedData.dataLetters().resolve("000_cef401a6dd751b32.txt"));
        Path upheld = Files.writeString(dir.resolve("a.txt"), letter);
        Path overturned = Files.writeString(dir.resolve("b.txt"), letter.replace("cervical spine: Upheld",
                "cervical spine: Overturned").replace("The request is \n\nnot medically necessary.",
                "The request is medically necessary."));
        assertTrue(Files.readString(overturned).contains(": Overturned"));
        Run a = Run.of("predict", "-m", model.toString(), upheld.toString());
        Run b = Run.of("predict", "-m", model.toString(), overturned.toString());
        assertEquals(a.out().replace("a/1", "x"), b.out().replace("b/1", "x"));
    }

    @Test
    void evaluateWritesMetricsJsonAndAReportChromiumRenders() throws Exception {
        Path metrics = dir.resolve("m.json");
        Path report = dir.resolve("evaluation.html");
        Run run = Run.of("evaluate", "-q", "-m", model.toString(), "--metrics", metrics.toString(), "--report",
                report.toString(), SharedData.shared("wc-letters/pdf").toString());
        assertEquals(0, run.exitCode(), run.err());
        Map<?, ?> json = JsonMapper.builder().build().readValue(metrics.toFile(), Map.class);
        assertTrue(json.keySet().containsAll(List.of("n", "accuracy", "balanced_accuracy", "roc_auc", "pr_auc", "brier",
                "threshold", "confusion", "baseline", "by_treatment_type", "roc_auc_ci", "pr_auc_ci",
                "balanced_accuracy_ci", "brier_ci")), json.keySet().toString());
        assertEquals(311, json.get("n"));
        for (String metric : List.of("roc_auc", "pr_auc", "balanced_accuracy", "brier")) {
            List<?> ci = (List<?>) json.get(metric + "_ci");
            double value = ((Number) json.get(metric)).doubleValue();
            assertEquals(2, ci.size(), metric + "_ci is [low, high]");
            assertTrue(((Number) ci.get(0)).doubleValue() <= value && value <= ((Number) ci.get(1)).doubleValue(),
                    metric + " " + value + " inside " + ci);
        }
        assertTrue(run.out().contains("95% interval") && run.out().contains("resamples of whole letters"), run.out());
        Map<?, ?> baseline = (Map<?, ?>) json.get("baseline");
        assertTrue(baseline.containsKey("accuracy") && baseline.containsKey("balanced_accuracy"));
        String html = Files.readString(report);
        assertAll(
                () -> assertTrue(html.contains("<svg"), "inline charts"),
                () -> assertTrue(html.contains("ROC curve") && html.contains("Precision-recall curve")
                        && html.contains("Calibration")),
                () -> assertTrue(html.contains("most confident errors")),
                () -> assertTrue(html.contains("95% interval (letters resampled)"), "the intervals"),
                () -> assertFalse(html.contains("<script") || html.contains(" src=") || html.contains("<link")
                        || html.contains("url("), "self-contained: nothing loaded, no scripts"));
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Path png = Chromium.screenshot(report, shots.resolve("evaluation.png"));
        assertTrue(Files.size(png) > 20_000, "a rendered page, not a blank one: " + Files.size(png) + " bytes");
    }

    @Test
    void modelInfoPrintsTheCard() {
        Run run = Run.of("model-info", model.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("format:       version 1"), run.out());
        assertTrue(run.out().contains("trained on:   311 cases (34 Overturned) from 129 files"), run.out());
        assertTrue(run.out().contains("ROC-AUC"), run.out());
        Run json = Run.of("model-info", "--json", model.toString());
        assertTrue(json.out().contains("\"formatVersion\" : 1"), json.out());
    }

    @Test
    void aCorruptModelIsOneLineWithoutStackTrace() throws IOException {
        byte[] bytes = Files.readAllBytes(model);
        Path broken = Files.write(dir.resolve("broken.imrmodel"), java.util.Arrays.copyOf(bytes, bytes.length / 3));
        Run run = Run.of("predict", "-m", broken.toString(), SharedData.dataLetters().toString());
        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("imr predict: " + broken + ": "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        Run verbose = Run.of("predict", "--verbose", "-m", broken.toString(), SharedData.dataLetters().toString());
        assertTrue(verbose.err().contains("ModelFileException"), "--verbose shows the trace");
    }

    @Test
    void trainingIsDeterministic() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path modelB = dir.resolve("again.imrmodel");
        assertEquals(0, Run.of("train", "-q", "-o", modelB.toString(), SharedData.shared("wc-letters/txt").toString())
                .exitCode());
        Run.of("predict", "-q", "-m", model.toString(), "-o", a.toString(), SharedData.dataLetters().toString());
        Run.of("predict", "-q", "-m", modelB.toString(), "-o", b.toString(), SharedData.dataLetters().toString());
        assertEquals(-1L, Files.mismatch(a, b), "byte-identical predictions");
    }

    @Test
    void csvTrainingWithAYearSplit() throws IOException {
        Path csv = Files.writeString(dir.resolve("t.csv"), csvRows());
        Path m = dir.resolve("csv.imrmodel");
        Run train = Run.of("train", "-q", "-o", m.toString(), "--id-column", "id", "--label-column", "outcome",
                "--category-column", "kind", "--where", "year<=2014", "--folds", "3", csv.toString());
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(train.out().contains("trained on 60 cases"), train.out());
        Run eval = Run.of("evaluate", "-q", "-m", m.toString(), "--where", "year>=2015", csv.toString());
        assertEquals(0, eval.exitCode(), eval.err());
        assertTrue(eval.out().contains("20 cases"), eval.out());
        Run predict = Run.of("predict", "-m", m.toString(), csv.toString());
        List<CSVRecord> rows = READ.parse(new StringReader(predict.out())).getRecords();
        assertEquals(80, rows.size(), "the model's own column mapping is reused");
        assertEquals("r0", rows.get(0).get("id"));
    }

    /** 80 rows, kind a mostly Overturned and kind b mostly Upheld; 60 before 2015. */
    static String csvRows() {
        StringBuilder s = new StringBuilder("id,year,kind,outcome\n");
        for (int i = 0; i < 80; i++) {
            String kind = i % 2 == 0 ? "a" : "b";
            boolean over = kind.equals("a") ? i % 10 != 0 : i % 10 == 1;
            s.append("r").append(i).append(',').append(i < 60 ? 2014 : 2016).append(',').append(kind).append(',')
                    .append(over ? "Overturned" : "Upheld").append('\n');
        }
        return s.toString();
    }

    @Test
    void theMainJobRunsOnTheShippedModel() throws IOException {
        Path model = SharedData.projectDir().resolve("models/default.imrmodel");
        Path out = dir.resolve("out/predictions.csv");
        Path report = dir.resolve("out/predictions.html");
        Run run = Run.of("predict", "-m", model.toString(), "-o", out.toString(), "--report", report.toString(),
                SharedData.dataLetters().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(9, READ.parse(Files.newBufferedReader(out)).getRecords().size());
        assertTrue(Files.readString(report).contains("features and evidence"));
    }
}
