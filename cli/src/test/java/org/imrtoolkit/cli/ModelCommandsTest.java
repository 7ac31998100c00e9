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
import org.imrtoolkit.model.ModelZip;
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
            // the default features are the UR's account and the overturn signals; a reason is an input the case
            // has that pushes toward the prediction.
            // Since issue 18 (ur_modified is the UR's modification of this item, not a word anywhere in the
            // letter) a model trained on the shared letters can weigh an item's only inputs against its
            // prediction: such an item has no reason, which the cell shows as empty.
            if (r.get("reasons").isEmpty()) {
                withoutReason++;
                continue;
            }
            // up to three inputs of the case, each in words with its direction and weight
            String[] parts = r.get("reasons").split(" \\| ");
            assertTrue(parts.length >= 1 && parts.length <= 3, r.get("reasons"));
            for (String part : parts) {
                assertTrue(part.matches("[a-z].* \\((raises|lowers) the chance of Overturned, [+-]\\d\\.\\d\\d\\)(: \".+\")?"),
                        part);
                assertFalse(part.matches("(?s).*\\w+=\\w+ \\(.*"), "no raw codes: " + part);
            }
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
                () -> assertTrue(html.contains("<h2>Model card</h2>") && html.contains("interval excludes chance?"), "the card"),
                // the PDFs of the letters the model was trained on (as text files) are the same letters
                () -> assertTrue(html.contains("Warning: 129 of these 129 files were used to train the model (129 as the "
                        + "same letter in another file, by its id)"), "the training letters' PDFs are named as such"),
                () -> {
                    // every calibration bin holds 10 cases or more, and the chart labels each point with its n
                    String table = html.substring(html.indexOf("<h2>Calibration</h2>"));
                    table = table.substring(0, table.indexOf("</table>"));
                    var ns = java.util.regex.Pattern.compile("</td><td class=n>(\\d+)</td><td class=n>\\d\\.\\d{3}</td>"
                            + "<td class=n>(\\d+)</td>").matcher(table).results().toList();
                    assertTrue(ns.size() >= 2, table);
                    assertEquals(311, ns.stream().mapToInt(r -> Integer.parseInt(r.group(1))).sum(), "every case in a bin");
                    ns.forEach(r -> assertTrue(Integer.parseInt(r.group(1)) >= 10, r.group()));
                    ns.forEach(r -> assertTrue(html.contains(">n=" + r.group(1) + "</text>"), "chart label n=" + r.group(1)));
                },
                () -> assertFalse(html.contains("<script") || html.contains(" src=") || html.contains("<link")
                        || html.contains("url("), "self-contained: nothing loaded, no scripts"));
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Path png = Chromium.screenshot(report, shots.resolve("evaluation.png"));
        assertTrue(Files.size(png) > 20_000, "a rendered page, not a blank one: " + Files.size(png) + " bytes");
    }

    @Test
    void modelInfoPrintsTheCard() throws IOException {
        Run run = Run.of("model-info", model.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("format:       version 1"), run.out());
        assertTrue(run.out().contains("trained on:   311 cases (34 Overturned) from 129 files"), run.out());
        assertTrue(run.out().contains("ROC-AUC"), run.out());
        for (String section : List.of("intended use: ", "factors: ", "evaluation: ", "training data: 311 items of letters "
                + "from 129 files (34 Overturned, base rate 0.109)", "figures (cross-validated; 95% interval; against chance):",
                "caveats:", "ethical considerations: ", "what each input means (share of training cases with it):",
                "rule files (SHA-256 in --json), the same as the running toolkit's")) {
            assertTrue(run.out().contains(section), section + " in\n" + run.out());
        }
        assertFalse(run.out().contains("not recorded"), "a new model records every share: " + run.out());
        Run json = Run.of("model-info", "--json", model.toString());
        assertTrue(json.out().contains("\"formatVersion\" : 1"), json.out());
        Map<?, ?> m = JsonMapper.builder().build().readValue(json.out(), Map.class);
        Map<?, ?> spec = (Map<?, ?>) m.get("featureSpec");
        List<?> shares = (List<?>) m.get("inputShares");
        assertEquals(((List<?>) spec.get("named")).size() + ((List<?>) spec.get("categories")).size()
                + ((List<?>) spec.get("terms")).size(), shares.size(), "one share per input");
        assertTrue(shares.stream().allMatch(x -> ((Number) x).doubleValue() >= 0 && ((Number) x).doubleValue() <= 1));
        Map<?, ?> provenance = (Map<?, ?>) m.get("provenance");
        assertTrue(provenance.get("buildCommit").toString().matches("[0-9a-f]{40}(-dirty)?"),
                "built from a git checkout: " + provenance.get("buildCommit"));
        Map<?, ?> rules = (Map<?, ?>) provenance.get("ruleFiles");
        Path treatments = SharedData.projectDir().resolve("features/src/main/resources/org/imrtoolkit/features/clinical/treatments.tsv");
        assertEquals(sha256(Files.readAllBytes(treatments)), rules.get("clinical/treatments.tsv"), rules.toString());
        assertTrue(rules.keySet().containsAll(List.of("clinical/temporality.rules", "clinical/guideline-limits.tsv")), rules.toString());
        Map<?, ?> card = (Map<?, ?>) m.get("card");
        List<?> figures = (List<?>) card.get("figures");
        assertEquals(4, figures.size());
        for (Object o : figures) {
            Map<?, ?> f = (Map<?, ?>) o;
            double low = ((Number) f.get("low")).doubleValue();
            double high = ((Number) f.get("high")).doubleValue();
            double chance = ((Number) f.get("chance")).doubleValue();
            boolean lowerIsBetter = (Boolean) f.get("lowerIsBetter");
            assertEquals(lowerIsBetter ? high < chance : low > chance, f.get("excludesChance"), f.toString());
            String line = run.out().lines().filter(l -> l.startsWith("  " + f.get("name") + " ")).findFirst().orElseThrow();
            assertTrue(line.contains((Boolean) f.get("excludesChance") ? "; excludes " : "; includes "), line);
        }
        assertEquals(34 / 311.0, ((Number) ((Map<?, ?>) figures.get(1)).get("chance")).doubleValue(), 1e-9,
                "PR-AUC's chance is the base rate");
        List<?> strongest = (List<?>) card.get("strongest");
        assertFalse(strongest.isEmpty());
        assertTrue(strongest.stream().allMatch(x -> ((Map<?, ?>) x).get("presence") instanceof Number), strongest.toString());
    }

    @Test
    void anOlderModelFileSaysWhatItDidNotRecord() throws IOException {
        // A model file as the toolkit wrote it before the model card: no input shares, no provenance.
        Path older = dir.resolve("older.imrmodel");
        Map<String, byte[]> entries = ModelZip.entries(model);
        JsonMapper json = JsonMapper.builder().build();
        @SuppressWarnings("unchecked")
        Map<String, Object> manifest = json.readValue(entries.get("manifest.json"), java.util.LinkedHashMap.class);
        assertTrue(manifest.remove("inputShares") != null && manifest.remove("provenance") != null, manifest.keySet().toString());
        entries.put("manifest.json", json.writeValueAsBytes(manifest));
        ModelZip.write(older, entries);
        Run run = Run.of("model-info", older.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("rule files not recorded (the model file predates provenance)"), run.out());
        assertTrue(run.out().contains("share of training cases with it; not recorded in this model file"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("  [+-]\\d\\.\\d\\d  not recorded  .*")), run.out());
        assertFalse(run.out().contains("n/a  "), run.out());
    }

    @Test
    void predictWarnsInOneLineWhenTheRuleFilesChangedSinceTraining() throws IOException {
        Path changed = dir.resolve("changed.imrmodel");
        Map<String, byte[]> entries = ModelZip.entries(model);
        String manifest = new String(entries.get("manifest.json"), java.nio.charset.StandardCharsets.UTF_8);
        String hash = (String) ((Map<?, ?>) ((Map<?, ?>) JsonMapper.builder().build().readValue(manifest, Map.class)
                .get("provenance")).get("ruleFiles")).get("clinical/treatments.tsv");
        entries.put("manifest.json", manifest.replace(hash, "0".repeat(64)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ModelZip.write(changed, entries);
        Run run = Run.of("predict", "-m", changed.toString(), "-o", dir.resolve("p.csv").toString(),
                SharedData.dataLetters().toString());
        assertEquals(0, run.exitCode(), "a warning, not an error: " + run.err());
        List<String> warnings = run.err().lines().filter(l -> l.contains("rule files")).toList();
        assertEquals(List.of("imr predict: warning: the model was trained with other rule files than this toolkit's "
                + "(clinical/treatments.tsv changed); its inputs are now read with the new rules, so retrain it to be "
                + "sure of its figures"), warnings);
        Run same = Run.of("predict", "-m", model.toString(), "-o", dir.resolve("q.csv").toString(),
                SharedData.dataLetters().toString());
        assertFalse(same.err().contains("rule files"), same.err());
        Run info = Run.of("model-info", changed.toString());
        assertTrue(info.out().contains("changed since in the running toolkit: clinical/treatments.tsv"), info.out());
    }

    @Test
    void thePredictionsReportShowsEachProbabilitysObservedRateAndStaysOnThePage() throws Exception {
        Path report = dir.resolve("predictions.html");
        Run run = Run.of("predict", "-m", model.toString(), "-o", dir.resolve("p.csv").toString(), "--report",
                report.toString(), SharedData.dataLetters().toString());
        assertEquals(0, run.exitCode(), run.err());
        String html = Files.readString(report);
        assertTrue(html.contains("No per-prediction interval is available"), "says plainly what it cannot give");
        var bins = java.util.regex.Pattern.compile("CV bin (\\d\\.\\d+)&ndash;(\\d\\.\\d+): (\\d+) of (\\d+), "
                + "(\\d\\.\\d+) \\[(\\d\\.\\d+), (\\d\\.\\d+)]").matcher(html).results().toList();
        assertEquals(9, bins.size(), "one observed rate under each of the 9 probabilities");
        for (var b : bins) {
            int k = Integer.parseInt(b.group(3));
            int n = Integer.parseInt(b.group(4));
            assertTrue(n >= 10 && k <= n, b.group());
            assertEquals(k / (double) n, Double.parseDouble(b.group(5)), 0.0006, b.group());
            assertTrue(Double.parseDouble(b.group(6)) <= k / (double) n && k / (double) n <= Double.parseDouble(b.group(7)));
        }
        assertTrue(html.contains("<h2>Model card</h2>"), "the card at the end");
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        assertTrue(Files.size(Chromium.screenshot(report, shots.resolve("predictions-observed-rate.png"))) > 20_000);
        int width = Chromium.layoutWidth(report);
        assertTrue(width <= 1200, "with every features cell open the page is " + width + " px wide in a 1200 px window");
    }

    @Test
    void loadingTheModelsOwnTrainingLettersWarnsAndTheCorpusReportSaysSo() throws Exception {
        Path letters = Files.createDirectories(dir.resolve("training-letters"));
        try (var files = Files.list(SharedData.shared("wc-letters/txt"))) {
            for (Path f : files.sorted().limit(6).toList()) {
                Files.copy(f, letters.resolve(f.getFileName()));
            }
        }
        Path db = dir.resolve("seen.duckdb");
        Run load = Run.of("load", "--db", db.toString(), "-m", model.toString(), letters.toString());
        assertEquals(0, load.exitCode(), load.err());
        assertTrue(load.err().contains("imr load: warning: 6 of these 6 letters were used to train wc.imrmodel, so its "
                + "predictions on them are optimistic"), load.err());
        Path html = dir.resolve("corpus.html");
        Run report = Run.of("report", "--db", db.toString(), "-o", html.toString());
        assertEquals(0, report.exitCode(), report.err());
        String page = Files.readString(html);
        assertTrue(page.contains("<div class=warn role=alert>&#9888; Warning: ") && page.contains(" of the ")
                && page.contains("predicted items are on letters the model was trained on"), "a warning box on top");
        // the UR's reasons chart: each label whole, so "= true" and "= false" rows read apart
        var labels = java.util.regex.Pattern.compile(">(ur_[a-z_]+ = [a-z_()]+) \\(n=\\d+\\)</text>").matcher(page)
                .results().map(r -> r.group(1)).toList();
        assertTrue(labels.stream().anyMatch(l -> l.endsWith(" = true")) && labels.stream().anyMatch(l -> l.endsWith(" = false")),
                labels.toString());
        assertEquals(labels.size(), new java.util.HashSet<>(labels).size(), "no two labels alike: " + labels);
        assertFalse(page.contains("\u2026 (n="), "no label cut");
        // the calibration's bins: a tenth of probability with fewer than 10 items joins its neighbour
        var bins = java.util.regex.Pattern.compile("<tr><td>(\\d\\.\\d-\\d\\.\\d)</td><td class=n>(\\d+)</td>").matcher(page)
                .results().toList();
        assertFalse(bins.isEmpty(), "a calibration table");
        assertEquals(16, bins.stream().mapToInt(b -> Integer.parseInt(b.group(2))).sum(), "every predicted item in a bin");
        bins.forEach(b -> assertTrue(Integer.parseInt(b.group(2)) >= 10, b.group()));
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        assertTrue(Files.size(Chromium.screenshot(html, shots.resolve("corpus-report-trained-on.png"))) > 20_000);
    }

    private static String sha256(byte[] bytes) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
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
        assertTrue(train.out().contains("trained on 60 rows"), train.out());
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
        Path model = SharedData.defaultModel();
        Path out = dir.resolve("out/predictions.csv");
        Path report = dir.resolve("out/predictions.html");
        Run run = Run.of("predict", "-m", model.toString(), "-o", out.toString(), "--report", report.toString(),
                SharedData.dataLetters().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(9, READ.parse(Files.newBufferedReader(out)).getRecords().size());
        assertTrue(Files.readString(report).contains("features and evidence"));
    }
}
