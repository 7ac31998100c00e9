package org.imrtoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.imrtoolkit.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an analyst sees (issue 12): predictions that say what they mean, reasons in words, no
 * output made from nothing, undefined figures as n/a. On the shipped model and the five shipped
 * letters (all nine items Upheld), so it runs in a fresh clone.
 */
class AnalystOutputTest {

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private static String model() {
        return SharedData.defaultModel().toString();
    }

    private static String letters() {
        return SharedData.dataLetters().toString();
    }

    /** The main job: the shipped model on the shipped letters, to a CSV and a report. */
    private static Run predictShipped(Path out, Path report) {
        Run run = Run.of("predict", "-q", "-m", model(), "-o", out.toString(), "--report", report.toString(), letters());
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    @Test
    void predictSaysWhatFlaggedMeansRanksEachCaseAndSummarisesTheRun() throws Exception {
        Path out = dir.resolve("p.csv");
        Path report = dir.resolve("p.html");
        Run run = predictShipped(out, report);
        Matcher summary = Pattern.compile("imr predict: 9 items from 5 letters: (\\d) flagged as Overturned, (\\d) not "
                + "\\(flagged = predicted Overturned, at probability 0\\.\\d{3} or more; in cross-validation this flags "
                + "\\d+% of items, catches \\d+% of Overturned, precision 0\\.\\d\\d\\)").matcher(run.err());
        assertTrue(summary.find(), run.err());
        List<CSVRecord> rows = READ.parse(Files.newBufferedReader(out)).getRecords();
        assertEquals(List.of("id", "item", "predicted", "probability_overturned", "flagged", "rank", "percentile", "reasons"),
                rows.get(0).getParser().getHeaderNames());
        long flagged = rows.stream().filter(r -> r.get("flagged").equals("true")).count();
        assertEquals(Long.parseLong(summary.group(1)), flagged);
        Set<String> ranks = new HashSet<>();
        for (CSVRecord r : rows) {
            ranks.add(r.get("rank"));
            assertEquals(r.get("flagged").equals("true"), r.get("predicted").equals("Overturned"));
            int percentile = Integer.parseInt(r.get("percentile"));
            assertTrue(percentile > 0 && percentile <= 100, r.toString());
            // tied cases share a rank: 1 + how many of the run are more probable
            double p = Double.parseDouble(r.get("probability_overturned"));
            long above = rows.stream().filter(o -> Double.parseDouble(o.get("probability_overturned")) > p).count();
            assertEquals(String.valueOf(above + 1), r.get("rank"), r.toString());
            assertEquals(above == 0, r.get("percentile").equals("100"), r.toString());
        }
        assertTrue(ranks.contains("1") && ranks.size() > 1, ranks.toString());
        String html = Files.readString(report);
        assertTrue(html.contains("9 items from 5 letters: " + summary.group(1) + " flagged as Overturned"), "summary on top");
        assertTrue(html.contains("catches "), "what flagged buys");
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        Path png = Chromium.screenshot(report, shots.resolve("predictions.png"));
        assertTrue(Files.size(png) > 20_000, "a rendered page: " + Files.size(png) + " bytes");
    }

    @Test
    void reasonsReadAsWordsWithTheirDirectionAndNoSentenceIsQuotedTwice() throws IOException {
        Path out = dir.resolve("p.csv");
        Path report = dir.resolve("p.html");
        Run run = predictShipped(out, report);
        List<CSVRecord> rows = READ.parse(Files.newBufferedReader(out)).getRecords();
        for (CSVRecord r : rows) {
            String reasons = r.get("reasons");
            assertTrue(reasons.contains("the chance of Overturned"), reasons);
            assertFalse(reasons.matches("(?s).*\\w+=\\w+ \\(.*") || reasons.contains("_missing"), "no raw codes: " + reasons);
            List<String> quotes = Pattern.compile("\"([^\"]+)\"").matcher(reasons).results().map(m -> m.group(1)).toList();
            assertEquals(quotes.size(), new HashSet<>(quotes).size(), "a sentence quoted twice: " + reasons);
        }
        // the default model reads the UR's account and the overturn signals: letter 000 asks 12 visits of
        // physical therapy, more than the initial trial of 10, and states no UR decision; letter 001 was
        // denied by the UR; each reason says so in words, with the sentence it was read from
        Map<String, String> byLetter = new HashMap<>();
        rows.forEach(r -> byLetter.putIfAbsent(r.get("id").substring(0, 3), r.get("reasons")));
        assertTrue(byLetter.get("000").startsWith("requests 12 visits of physical therapy, more than the guideline's "
                + "initial trial of 10 (raises the chance of Overturned, +"), byLetter.get("000"));
        assertTrue(byLetter.get("000").contains("\"12 sessions of physical therapy, cervical spine\""), byLetter.get("000"));
        assertTrue(Pattern.compile("^the UR denied the request \\(raises the chance of Overturned, \\+\\d\\.\\d\\d\\): "
                + "\"The original Utilization review dated 9-23-15 non-certified the request").matcher(byLetter.get("001")).find(),
                byLetter.get("001"));
        String html = Files.readString(report);
        assertAll(
                () -> assertTrue(Pattern.compile("20 prior visits, guideline limit \\d+").matcher(html).find(),
                        "letter 000's facts"),
                () -> assertTrue(html.contains("the guideline allows up to"), "the limit as a fact of its own"),
                () -> assertTrue(html.contains("<mark>cervical</mark>"), "matched words marked"),
                () -> assertTrue(html.contains("age 51") && html.contains("sex: female"), "features without a sentence"),
                () -> assertTrue(html.contains("&#9660; lowers") || html.contains("&#9650; raises")));
    }

    /**
     * A model whose cross-validated ROC-AUC interval includes 0.5 says so where its predictions are read
     * (stderr and the report's top), not only in its card; one whose interval excludes it does not.
     */
    @Test
    void predictWarnsWhereTheModelIsNotShownToRankBetterThanChance() throws Exception {
        Path report = dir.resolve("p.html");
        Run shipped = predictShipped(dir.resolve("p.csv"), report);
        String card = Run.of("model-info", model()).out();
        Matcher roc = Pattern.compile("ROC-AUC\\s+\\d\\.\\d{3} \\[\\d\\.\\d{3}, \\d\\.\\d{3}\\]; (includes|excludes) 0\\.500")
                .matcher(card);
        assertTrue(roc.find(), card);
        String warning = "warning: this model is not shown to rank cases better than chance";
        boolean includes = roc.group(1).equals("includes");
        assertEquals(includes, shipped.err().contains(warning), shipped.err());
        assertEquals(includes, Files.readString(report).contains("class=warn role=alert>&#9888; This model is not shown"),
                "the report's top");

        Path csv = Files.writeString(dir.resolve("plans.csv"), TableModelReportTest.rows());
        Path table = dir.resolve("table.imrmodel");
        assertEquals(0, Run.of("train", "-q", "-o", table.toString(), "--id-column", "id", "--label-column", "outcome",
                "--category-column", "kind", csv.toString()).exitCode());
        assertTrue(Run.of("model-info", table.toString()).out().contains("excludes 0.500 (chance)"));
        Run skilled = Run.of("predict", "-q", "-m", table.toString(), "-o", dir.resolve("t.csv").toString(), csv.toString());
        assertEquals(0, skilled.exitCode(), skilled.err());
        assertFalse(skilled.err().contains(warning), skilled.err());
    }

    @Test
    void aThresholdGivenAtPredictTimeOverridesTheModelsAndIsBounded() throws IOException {
        Run strict = Run.of("predict", "-q", "-m", model(), "--threshold", "0.9", letters());
        assertEquals(0, strict.exitCode(), strict.err());
        assertTrue(strict.err().contains("9 items from 5 letters: 0 flagged as Overturned, 9 not"), strict.err());
        assertTrue(strict.err().contains("set by --threshold"), strict.err());
        assertTrue(READ.parse(new StringReader(strict.out())).getRecords().stream()
                .allMatch(r -> r.get("predicted").equals("Upheld")));
        Run bad = Run.of("predict", "-m", model(), "--threshold", "1.5", letters());
        assertEquals(2, bad.exitCode());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertTrue(bad.err().contains("'--threshold'") && bad.err().contains("0 to 1"), bad.err());
    }

    @Test
    void jsonLinesHoldOneObjectPerRowWithReasonsAndEvidenceNested() throws IOException {
        Run predict = Run.of("predict", "-q", "-m", model(), "--format", "jsonl", letters());
        assertEquals(0, predict.exitCode(), predict.err());
        List<String> lines = predict.out().lines().toList();
        assertEquals(9, lines.size());
        JsonNode first = JSON.readTree(lines.get(0));
        assertEquals("000_cef401a6dd751b32/1", first.get("id").asString());
        // letter 000's input that pushed it toward Overturned: more visits than the initial trial, read from the item
        assertTrue(first.get("reasons").isArray() && first.get("reasons").size() == 1, first.toString());
        assertEquals("initial_trial_within_limit=false", first.get("reasons").get(0).get("input").asString());
        assertEquals("12 sessions of physical therapy, cervical spine", first.get("reasons").get(0).get("sentence").asString());
        assertTrue(first.get("features").toString().contains("guideline_limit"), first.toString());
        JsonNode second = JSON.readTree(lines.get(1));
        assertEquals("001_d0634289b152a677/1", second.get("id").asString());
        JsonNode reason = second.get("reasons").get(0);
        JsonNode match = reason.get("match");
        assertEquals(reason.get("sentence").asString().substring(match.get("begin").asInt(), match.get("end").asInt()),
                match.get("text").asString());
        // the three items of letter 002 share a summary, yet each has its own facts: its treatment
        Set<String> treatments = new HashSet<>();
        for (String line : lines.subList(2, 5)) {
            for (JsonNode f : JSON.readTree(line).get("features")) {
                if (f.get("feature").asString().equals("treatment_type")) {
                    treatments.add(f.get("value").asString());
                }
            }
        }
        assertEquals(Set.of("physical_therapy", "imaging", "injection"), treatments);
        for (String command : List.of("parse", "features", "reasons")) {
            Run run = Run.of(command, "-q", "--format", "jsonl", letters());
            assertEquals(0, run.exitCode(), command + ": " + run.err());
            List<String> rows = run.out().lines().toList();
            assertEquals(9, rows.size(), command);
            JsonNode row = JSON.readTree(rows.get(0));
            assertTrue(row.has(command.equals("parse") ? "letter_id" : "id"), command + ": " + row);
        }
        JsonNode features = JSON.readTree(Run.of("features", "-q", "--format", "jsonl", letters()).out().lines().findFirst()
                .orElseThrow());
        assertTrue(features.get("evidence").isArray() && !features.get("evidence").isEmpty(), features.toString());
    }

    @Test
    void inputsThatCannotSupplyWhatTheModelReadsAreAnErrorNotPredictions() throws IOException {
        Path cases = Files.writeString(dir.resolve("cases.csv"), "id,notes\n1,Physical therapy 12 sessions for the knee\n");
        Run predict = Run.of("predict", "-m", model(), cases.toString());
        assertEquals(1, predict.exitCode());
        assertEquals("", predict.out());
        assertTrue(predict.err().contains("cases.csv: the model was trained on letters") && predict.err().contains("--text-column"),
                predict.err());
        Run features = Run.of("features", cases.toString());
        assertEquals(1, features.exitCode());
        assertTrue(features.err().contains("cases.csv") && features.err().contains("--text-column"), features.err());
        Path table = Files.writeString(dir.resolve("t.csv"), ModelCommandsTest.csvRows());
        Path csvModel = dir.resolve("csv.imrmodel");
        Run train = Run.of("train", "-q", "-o", csvModel.toString(), "--id-column", "id", "--label-column", "outcome",
                "--category-column", "kind", "--folds", "3", table.toString());
        assertEquals(0, train.exitCode(), train.err());
        Run onLetters = Run.of("predict", "-m", csvModel.toString(), letters());
        assertEquals(1, onLetters.exitCode());
        assertEquals("", onLetters.out());
        assertTrue(onLetters.err().contains("trained on CSV columns 'kind'"), onLetters.err());
    }

    @Test
    void aFilterThatMatchesNoRowSaysSoAndShowsTheFilter() throws IOException {
        Path table = Files.writeString(dir.resolve("t.csv"), ModelCommandsTest.csvRows());
        Run run = Run.of("train", "-q", "-o", dir.resolve("m.imrmodel").toString(), "--id-column", "id", "--label-column",
                "outcome", "--category-column", "kind", "--where", "year=<2014", table.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("no row matched --where 'year=<2014'"), run.err());
        assertFalse(run.err().contains("unlabelled"), run.err());
    }

    @Test
    void theWrongDelimiterIsNamedWithTheOneToUse() throws IOException {
        Path table = Files.writeString(dir.resolve("semi.csv"), ModelCommandsTest.csvRows().replace(',', ';'));
        Run run = Run.of("features", "--id-column", "id", "--text-column", "kind", table.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("the header contains ';': try --delimiter ';'"), run.err());
    }

    @Test
    void anEmptyFolderIsNoLettersFound() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        for (String command : List.of("predict", "features", "reasons")) {
            Run run = command.equals("predict") ? Run.of("predict", "-m", model(), empty.toString())
                    : Run.of(command, empty.toString());
            assertEquals(1, run.exitCode(), command);
            assertTrue(run.err().contains("no letters found in " + empty), command + ": " + run.err());
            assertEquals("", run.out(), command);
        }
    }

    @Test
    void undefinedFiguresAreNotApplicableInTextHtmlAndNullInJson() throws Exception {
        Path metrics = dir.resolve("m.json");
        Path report = dir.resolve("e.html");
        Run run = Run.of("evaluate", "-q", "-m", model(), "--metrics", metrics.toString(), "--report", report.toString(),
                letters());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s).*ROC-AUC\\s+n/a\\s+n/a.*"), run.out());
        assertTrue(run.out().matches("(?s).*balanced accuracy\\s+n/a.*"), run.out());
        assertTrue(run.out().contains("n/a: no Overturned case among these 9"), run.out());
        assertFalse(run.out().contains("NaN"), run.out());
        Map<?, ?> json = JSON.readValue(metrics.toFile(), Map.class);
        assertAll(
                () -> assertTrue(json.containsKey("roc_auc")),
                () -> assertNull(json.get("roc_auc")),
                () -> assertNull(json.get("pr_auc")),
                () -> assertNull(json.get("balanced_accuracy")),
                () -> assertTrue(String.valueOf(json.get("undefined")).contains("no Overturned case")));
        String html = Files.readString(report);
        assertAll(
                () -> assertTrue(html.contains("ROC curve, AUC n/a"), "the AUC in the title"),
                () -> assertTrue(html.contains("undefined: one outcome only"), "no flat ROC line"),
                () -> assertFalse(html.contains("NaN")));
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        assertTrue(Files.size(Chromium.screenshot(report, shots.resolve("evaluation-undefined.png"))) > 20_000);
    }

    @Test
    void oneSkippedInputIsSingular() throws IOException {
        Path bad = Files.writeString(dir.resolve("not-a-letter.txt"), "hello");
        Path letter = SharedData.dataLetters().resolve("000_cef401a6dd751b32.txt");
        Run run = Run.of("features", "-q", letter.toString(), bad.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("imr features: 1 input skipped"), run.err());
    }

    @Test
    void theModelCardListsItsStrongestInputsInWords() {
        Run run = Run.of("model-info", model());
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        int at = out.indexOf("strongest inputs (weight on the log-odds of Overturned; share of training cases with the input):");
        assertTrue(at > 0, out);
        List<String> lines = out.substring(at).lines().skip(1).toList();
        // the default model has 23 inputs (the UR's account and the overturn signals): the 15 strongest are
        // listed, strongest first, each in words with its code
        assertEquals(15, lines.size(), out);
        for (String line : lines) {
            assertTrue(line.matches("  [+-]\\d\\.\\d\\d  \\S+ +\\S.*\\[.+]"), line);
        }
        double[] weights = lines.stream().mapToDouble(l -> Math.abs(Double.parseDouble(l.strip().split("\\s+")[0])))
                .toArray();
        for (int i = 1; i < weights.length; i++) {
            assertTrue(weights[i] <= weights[i - 1], "strongest first: " + out);
        }
        assertTrue(out.contains("the item goes with a surgery or procedure requested now  [part_of_surgery_request]"), out);
        assertTrue(out.contains("the UR cited no functional improvement"), out);
    }

    @Test
    void helpPlaceholdersAreInOneStyleAndAMissingModelIsOneLine() {
        for (String command : List.of("train", "predict", "evaluate", "features", "parse", "reasons")) {
            Run help = Run.of(command, "--help");
            assertFalse(help.out().contains("=<"), command + " --help: " + help.out());
        }
        Run run = Run.of("predict", letters());
        assertEquals(2, run.exitCode());
        assertEquals("imr predict: missing required option: '--model=MODEL' (see 'imr predict --help')", run.err().strip());
    }

    @Test
    void theReasonsReportCountsOverUpheldItemsAndSaysHowManyHaveNoReason() throws Exception {
        Path letters = SharedData.shared("wc-letters/txt");
        Path report = dir.resolve("reasons.html");
        Run run = Run.of("reasons", "-q", "-o", dir.resolve("r.csv").toString(), "--report", report.toString(),
                letters.toString());
        assertEquals(0, run.exitCode(), run.err());
        String html = Files.readString(report);
        assertTrue(html.contains("311 disputed items, 277 of them Upheld"), html.substring(0, 600));
        assertTrue(Pattern.compile("\\d+ of the 277 Upheld items \\(\\d+%\\) have no reason found").matcher(html).find());
        assertFalse(html.contains("<h2>imaging / Overturned"), "no empty section for an Overturned group");
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        assertTrue(Files.size(Chromium.screenshot(report, shots.resolve("reasons.png"))) > 20_000);
    }

    @Test
    void theTrainingCheckComparesRowsSoAYearSplitOfOneFileDoesNotWarn() throws IOException {
        Path table = Files.writeString(dir.resolve("t.csv"), ModelCommandsTest.csvRows().replace("Overturned", "Overturned Decision of Health Plan"));
        Path m = dir.resolve("split.imrmodel");
        Run train = Run.of("train", "-q", "-o", m.toString(), "--id-column", "id", "--label-column", "outcome",
                "--category-column", "kind", "--where", "year<=2014", "--folds", "3", table.toString());
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(train.out().contains("Overturned Decision of Health Plan recall"), "a long label is not cut: " + train.out());
        Run heldOut = Run.of("evaluate", "-q", "-m", m.toString(), "--where", "year>=2015", table.toString());
        assertEquals(0, heldOut.exitCode(), heldOut.err());
        assertFalse(heldOut.err().contains("warning"), heldOut.err());
        Path report = dir.resolve("seen.html");
        Run seen = Run.of("evaluate", "-q", "-m", m.toString(), "--report", report.toString(), table.toString());
        assertEquals(0, seen.exitCode(), seen.err());
        assertTrue(seen.err().contains("warning: 60 of these rows were used to train the model"), seen.err());
        assertTrue(Files.readString(report).contains("<div class=warn role=alert>"), "a visible warning box");
    }

    @Test
    void theCrossValidationReportListsTheStrongestInputsAndDrawsTheBaseRate() throws Exception {
        Path table = Files.writeString(dir.resolve("t.csv"), ModelCommandsTest.csvRows());
        Path report = dir.resolve("cv.html");
        Run train = Run.of("train", "-q", "-o", dir.resolve("m.imrmodel").toString(), "--report", report.toString(),
                "--id-column", "id", "--label-column", "outcome", "--category-column", "kind", "--folds", "3",
                table.toString());
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(train.out().contains("strongest inputs"), train.out());
        assertTrue(train.out().matches("(?s).*[+-]\\d\\.\\d\\d  50%   kind: [ab].*"), "each kind is half the rows: " + train.out());
        String html = Files.readString(report);
        assertAll(
                () -> assertTrue(html.contains("The model's strongest inputs")),
                () -> assertTrue(html.contains("kind: a") || html.contains("kind: b")),
                () -> assertTrue(html.contains(">base rate 0.")),
                () -> assertTrue(html.matches("(?s).*ROC curve, AUC \\d\\.\\d{3}.*")),
                () -> assertTrue(html.matches("(?s).*Precision-recall curve, AUC \\d\\.\\d{3}.*")));
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        assertTrue(Files.size(Chromium.screenshot(report, shots.resolve("cross-validation.png"))) > 20_000);
    }

    @Test
    void anOutputThatCannotBeWrittenSaysWhatAndWhyBeforeAnyWork() {
        Run run = Run.of("predict", "-m", model(), "-o", "/proc/nope/p.csv", letters());
        assertEquals(1, run.exitCode());
        assertEquals("imr predict: cannot write /proc/nope/p.csv: cannot create the directory /proc/nope", run.err().strip());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }
}
