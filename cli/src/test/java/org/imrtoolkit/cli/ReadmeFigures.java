package org.imrtoolkit.cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.imrtoolkit.core.io.AtomicFile;
import org.imrtoolkit.core.testing.BlindGold;
import org.imrtoolkit.model.ModelFile;
import org.imrtoolkit.model.ModelManifest;
import org.imrtoolkit.model.metrics.Baseline;
import org.imrtoolkit.model.metrics.Interval;
import org.imrtoolkit.model.metrics.Metrics;
import org.imrtoolkit.model.metrics.RepeatedFigures;
import org.imrtoolkit.model.metrics.Spread;
import org.imrtoolkit.store.Wilson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's generated figures: each block between {@code <!-- figures:NAME -->} and
 * {@code <!-- /figures -->} is made here from the shipped data by the real commands (run in-process),
 * from {@code models/default.imrmodel}'s manifest, and from the letters of {@code ../shared} (loaded
 * into a temporary DuckDB file, then asked the README's own SQL with {@code imr query}).
 * {@code scripts/readme-figures.sh} rewrites the blocks ({@link #main}); {@code ReadmeFiguresTest}
 * makes them again and fails on any difference. Deliberately not a test itself: regenerating the
 * README is a decision, checking it is the build's job.
 *
 * <p>Block kinds: {@code disk} is a machine's measurement (du), written by the script with its date
 * and never checked; {@code model-table} is the table of {@code scripts/model-selection.sh}, whose
 * baseline and default rows only are made here (the other rows need hours of training); blocks
 * named {@code query-*}, {@code corpus-*}, {@code model-blind} and {@code ur-*} need {@code ../shared}.
 */
final class ReadmeFigures {

    /**
     * A generated block of the README: its name, the markers' indent (a block inside a list item is
     * indented as the item) and its text between the markers.
     */
    record Block(String name, String indent, String text) {
    }

    /** A block that cannot be made here, and why (no ../shared; a machine measurement). */
    static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String why) {
            super(why);
        }
    }

    static final Pattern BLOCK = Pattern.compile("(?m)^( *)<!-- figures:([a-z0-9-]+) -->\\n(.*?)^ *<!-- /figures -->",
            Pattern.DOTALL);

    /** The README's line width, to which generated paragraphs are wrapped. */
    private static final int WIDTH = 100;
    private static final Pattern SQL = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL);
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private final Path project;
    private final Path shared;
    private final Path work;
    private final boolean measure;
    private final boolean slow;
    private String readme = "";
    private Path database;
    private ModelManifest manifest;
    private Path predictions;

    /**
     * @param project the clone's root
     * @param shared  {@code ../shared}, or null when absent
     * @param work    a folder for the commands' outputs
     * @param measure whether to measure the disk (the script does; the test does not)
     */
    ReadmeFigures(Path project, Path shared, Path work, boolean measure) {
        this(project, shared, work, measure, false);
    }

    /** @param slow whether to make the blocks that take minutes of training (the DMHC figures) */
    ReadmeFigures(Path project, Path shared, Path work, boolean measure, boolean slow) {
        this.project = project;
        this.shared = shared;
        this.work = work;
        this.measure = measure;
        this.slow = slow;
    }

    /** {@code ../shared} beside the clone ({@code -Dimr.shared.dir=DIR} elsewhere), or null when absent. */
    static Path sharedDir(Path project) {
        String prop = System.getProperty("imr.shared.dir");
        Path dir = (prop != null ? Path.of(prop) : project.resolveSibling("shared")).toAbsolutePath().normalize();
        return Files.isDirectory(dir.resolve("wc-letters")) ? dir : null;
    }

    static List<Block> blocks(String readme) {
        List<Block> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(readme);
        while (m.find()) {
            blocks.add(new Block(m.group(2), m.group(1), m.group(3)));
        }
        return blocks;
    }

    /** The README with each block's text replaced by what {@code made} holds for it (others kept). */
    static String rewrite(String readme, Map<String, String> made) {
        Matcher m = BLOCK.matcher(readme);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String indent = m.group(1);
            String text = made.getOrDefault(m.group(2), m.group(3));
            m.appendReplacement(out, Matcher.quoteReplacement(indent + "<!-- figures:" + m.group(2) + " -->\n" + text
                    + indent + "<!-- /figures -->"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The block's text as the commands make it now (ending in a newline). */
    String make(Block block) throws Exception {
        String name = block.name();
        if (name.startsWith("query-")) {
            return query(block.text());
        }
        if (name.equals("model-table")) {
            return modelTable(block.text());
        }
        String paragraph = switch (name) {
            case "disk" -> disk();
            case "predict-summary" -> predictSummary();
            case "predict-shipped" -> predictShipped();
            case "model-letters" -> modelLetters();
            case "model-chance" -> modelChance();
            case "model-threshold" -> modelThreshold();
            case "model-blind" -> modelBlind();
            case "ur-no-improvement" -> urNoImprovement();
            case "corpus-report" -> corpusReport();
            case "dmhc" -> dmhc();
            default -> throw new IllegalArgumentException("README block '" + name + "': no generator of that name");
        };
        return wrap(paragraph.strip(), block.indent());
    }

    /** A paragraph as the README writes it: lines of at most {@link #WIDTH} characters, each indented. */
    static String wrap(String paragraph, String indent) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        for (String word : paragraph.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        return out.append(line).append('\n').toString();
    }

    // --- the main job: the shipped model on the shipped letters

    private Path predictions() throws IOException {
        if (predictions == null) {
            predictions = work.resolve("predictions.csv");
            Run run = Run.of("predict", "-q", "-m", model().toString(), "-o", predictions.toString(), letters());
            check(run, "imr predict on data/letters");
            Files.writeString(work.resolve("predict.err"), run.err());
        }
        return predictions;
    }

    private String predictSummary() throws IOException {
        predictions();
        String err = Files.readString(work.resolve("predict.err"));
        String line = err.lines().filter(l -> l.startsWith("imr predict: ") && l.contains(" flagged as ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no summary line in: " + err));
        return "`" + line + "`\n";
    }

    private String predictShipped() throws IOException {
        List<CSVRecord> rows = records(Files.readString(predictions()));
        Run parse = Run.of("parse", "-q", letters());
        check(parse, "imr parse data/letters");
        Map<String, Long> decisions = records(parse.out()).stream()
                .collect(Collectors.groupingBy(r -> r.get("decision"), LinkedHashMap::new, Collectors.counting()));
        long flagged = rows.stream().filter(r -> r.get("flagged").equals("true")).count();
        Map<String, Long> byProbability = rows.stream().collect(Collectors.groupingBy(
                r -> r.get("probability_overturned"), LinkedHashMap::new, Collectors.counting()));
        double low = rows.stream().mapToDouble(r -> Double.parseDouble(r.get("probability_overturned"))).min().orElseThrow();
        double high = rows.stream().mapToDouble(r -> Double.parseDouble(r.get("probability_overturned"))).max().orElseThrow();
        Map.Entry<String, Long> tie = byProbability.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        String outcomes = decisions.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "Of the %d shipped items (%s), %d are flagged; their probabilities range from "
                        + "%.3f to %.3f and take %d distinct values%s.\n", rows.size(), outcomes, flagged, low, high,
                byProbability.size(), tie.getValue() > 1 ? String.format(Locale.ROOT, " (%d items share %.3f: items whose "
                        + "inputs are the same get the same probability)", tie.getValue(), Double.parseDouble(tie.getKey())) : "");
    }

    // --- the default model, from its manifest

    private ModelManifest manifest() throws IOException {
        if (manifest == null) {
            manifest = new ModelFile().read(model()).manifest();
        }
        return manifest;
    }

    private RepeatedFigures repeated() throws IOException {
        RepeatedFigures r = manifest().crossValidation().repeated();
        if (r == null) {
            throw new IllegalStateException(model() + " has no repeated cross-validation figures; retrain it");
        }
        return r;
    }

    private String modelLetters() throws IOException {
        ModelManifest m = manifest();
        return String.format(Locale.ROOT, "Letters: %d items of %d real letters (%d %s, base rate %.3f).\n",
                m.trainingExamples(), m.inputs().size(), m.trainingPositives(), m.positiveLabel(),
                m.trainingPositives() / (double) m.trainingExamples());
    }

    /** The selection table with its baseline and default rows made from the model file; the others as they are. */
    private String modelTable(String table) throws IOException {
        ModelManifest m = manifest();
        RepeatedFigures r = repeated();
        Baseline b = m.crossValidation().pooled().baseline();
        String baseline = String.format(Locale.ROOT, "| always %s (baseline) | %.3f | %.3f | %.3f | %.3f |", b.predicts(),
                b.rocAuc(), b.prAuc(), b.balancedAccuracy(), b.brier());
        String options = "--feature-set " + m.options().featureSet().label() + " --lambda " + lambda(m.options().lambda());
        String row = "| **default** (`models/default.imrmodel`: " + m.algorithm() + ", `" + options + "`) | "
                + spread(r.rocAuc(), r.intervals().rocAuc()) + " | " + spread(r.prAuc(), r.intervals().prAuc()) + " | "
                + spread(r.balancedAccuracy(), r.intervals().balancedAccuracy()) + " | "
                + String.format(Locale.ROOT, "%.3f %s", r.brier().mean(), interval(r.intervals().brier())) + " |";
        List<String> lines = new ArrayList<>();
        boolean sawDefault = false;
        boolean sawBaseline = false;
        for (String line : table.lines().toList()) {
            if (line.startsWith("| **default**")) {
                lines.add(row);
                sawDefault = true;
            } else if (line.startsWith("| always ") && line.contains("(baseline)")) {
                lines.add(baseline);
                sawBaseline = true;
            } else {
                lines.add(line);
            }
        }
        if (!sawDefault || !sawBaseline) {
            throw new IllegalStateException("the model-table block needs a '| always ... (baseline)' and a '| **default**' row");
        }
        return String.join("\n", lines) + "\n";
    }

    private String modelChance() throws IOException {
        RepeatedFigures r = repeated();
        double baseRate = manifest().trainingPositives() / (double) manifest().trainingExamples();
        Interval roc = r.intervals().rocAuc();
        Interval pr = r.intervals().prAuc();
        Interval ba = r.intervals().balancedAccuracy();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "The default's cross-validated ROC-AUC is %.3f, with a 95%% interval %s that ",
                r.rocAuc().mean(), interval(roc)));
        if (roc.contains(0.5)) {
            s.append("includes 0.5, the figure of a ranking by chance: on these ")
                    .append(manifest().trainingExamples()).append(" items the default is not shown to rank cases better "
                            + "than chance");
        } else {
            s.append("excludes 0.5, the figure of a ranking by chance: it ranks cases better than chance, by a margin "
                    + "the interval gives");
        }
        s.append(String.format(Locale.ROOT, ". Its PR-AUC interval %s %s the base rate %.3f", interval(pr),
                pr.contains(baseRate) ? "includes" : "excludes", baseRate));
        s.append(String.format(Locale.ROOT, "; its balanced accuracy interval %s %s 0.5 (at a threshold chosen on the same "
                + "predictions).\n", interval(ba), ba.contains(0.5) ? "includes" : "excludes"));
        return s.toString();
    }

    private String modelThreshold() throws IOException {
        ModelManifest m = manifest();
        Metrics first = m.crossValidation().pooled();
        var c = first.confusion();
        int flagged = c.truePositive() + c.falsePositive();
        int positives = c.truePositive() + c.falseNegative();
        double recall = c.truePositive() / (double) positives;
        double precision = flagged == 0 ? Double.NaN : c.truePositive() / (double) flagged;
        return String.format(Locale.ROOT, "The decision threshold (%.3f for the default) maximises %s on the same "
                        + "out-of-fold predictions it is then measured on, so the balanced accuracy, recall and precision at "
                        + "the threshold are optimistic; ROC-AUC and PR-AUC do not depend on it. At that threshold the "
                        + "default flags %d of %d items (first repeat: %s recall %.2f, precision %.2f): %d of the %d "
                        + "flagged items are %s, and %d of the %d %s items (%d%%) are missed.\n",
                m.threshold(), m.options().objective().label().replace('_', ' '), flagged, first.n(), m.positiveLabel(),
                recall, precision, c.falsePositive(), flagged, m.labels().get(0), c.falseNegative(), positives,
                m.positiveLabel(), Math.round(100.0 * c.falseNegative() / positives));
    }

    /** How well the default's inputs are read on the blind gold (letters no issue-18 rule was written from). */
    private String modelBlind() throws Exception {
        needShared();
        List<String> named = manifest().featureSpec().named();
        if (named.stream().noneMatch(n -> n.startsWith("ur_"))) {
            return "The default reads none of the UR features measured on the blind gold set.\n";
        }
        // The features as `imr features` writes them, on the blind letters' text files.
        // Round 3 of issue 18 wrote rules from half of the blind letters: only the other half is still held out.
        List<BlindGold.Item> gold = BlindGold.round3HalfB(
                BlindGold.items(BlindGold.BLIND_45, BlindGold.ISSUE18_COLUMNS));
        Set<String> letters = new LinkedHashSet<>();
        gold.forEach(i -> letters.add(i.letterId()));
        List<String> args = new ArrayList<>(List.of("features", "-q", "--format", "jsonl"));
        letters.forEach(id -> args.add(shared.resolve("wc-letters/txt/" + id + ".txt").toString()));
        Run run = Run.of(args.toArray(String[]::new));
        check(run, "imr features on the blind gold letters");
        JsonMapper json = JsonMapper.builder().build();
        Map<String, JsonNode> features = new HashMap<>();
        Set<String> labels = new LinkedHashSet<>();
        for (String line : run.out().lines().toList()) {
            var row = json.readTree(line);
            features.put(row.get("id").asString(), row);
            row.propertyNames().stream().filter(n -> n.startsWith("ur_reason_"))
                    .forEach(n -> labels.add(n.substring("ur_reason_".length())));
        }
        int decision = 0;
        int modified = 0;
        int surgery = 0;
        int trial = 0;
        int trialGold = 0;
        Map<String, Set<String>> want = new LinkedHashMap<>();
        Map<String, Set<String>> got = new LinkedHashMap<>();
        Map<String, Set<String>> wantFindings = new LinkedHashMap<>();
        Map<String, Set<String>> gotFindings = new LinkedHashMap<>();
        Set<String> findingKinds = new LinkedHashSet<>();
        for (BlindGold.Item item : gold) {
            var f = features.get(item.id());
            decision += f.get("ur_decision").asString().equals(item.get("ur_decision")) ? 1 : 0;
            modified += f.get("ur_modified").asBoolean() == "modified".equals(item.get("ur_decision")) ? 1 : 0;
            surgery += f.get("part_of_surgery_request").asBoolean() == "true".equals(item.get("part_of_surgery_request"))
                    ? 1 : 0;
            if (!item.get("initial_trial_within_limit").isEmpty()) {
                trialGold++;
                JsonNode t = f.get("initial_trial_within_limit");
                trial += t != null && !t.isNull() && String.valueOf(t.asBoolean()).equals(item.get("initial_trial_within_limit"))
                        ? 1 : 0;
            }
            want.put(item.id(), item.set("ur_reasons"));
            got.put(item.id(), labels.stream().filter(l -> f.get("ur_reason_" + l).asBoolean())
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
            // The gold's finding vocabulary has no meniscal or labral tear: that kind is left out on both sides.
            Set<String> g = item.set("objective_findings");
            Set<String> r = new LinkedHashSet<>(List.of(f.get("objective_findings").asString().split(";")));
            r.removeIf(k -> k.isEmpty() || k.equals("meniscal_or_labral_tear"));
            findingKinds.addAll(g);
            findingKinds.addAll(r);
            wantFindings.put(item.id(), g);
            gotFindings.put(item.id(), r);
        }
        BlindGold.Score micro = BlindGold.scores(List.copyOf(labels), want, got).getLast();
        BlindGold.Score findings = BlindGold.scores(List.copyOf(findingKinds), wantFindings, gotFindings).getLast();
        return String.format(Locale.ROOT, "Its inputs as read on the held-out half of issue 18's blind gold set (%d items of "
                        + "%d letters, labelled by annotators who never saw the rules, before the issue-18 rules ran on them; "
                        + "`core/src/test/resources" + BlindGold.BLIND_45 + "`, whose other half the rules of issue 18's "
                        + "third round "
                        + "were written from): the UR's decision is right on %d of %d items and "
                        + "`ur_modified` on %d; the reasons the UR cited are found with precision %.2f (%d of %d found) "
                        + "and recall %.2f (%d of the %d cited)%s; `part_of_surgery_request` is right on %d of %d items; "
                        + "the objective findings are found with precision %.2f and recall %.2f (%d of the %d the "
                        + "annotators found); `initial_trial_within_limit` is right on %d of the %d therapy courses the "
                        + "annotators could judge.\n", gold.size(), letters.size(), decision, gold.size(), modified,
                micro.precision(), micro.truePositives(), micro.tagged(), micro.recall(), micro.truePositives(), micro.gold(),
                micro.recall() < 0.5 ? ", so most reasons the UR cited are inputs the model sees as not cited" : "",
                surgery, gold.size(), findings.precision(), findings.recall(), findings.truePositives(), findings.gold(),
                trial, trialGold);
    }

    // --- the store: the shared letters in a DuckDB file, asked the README's SQL

    private Path database() throws Exception {
        needShared();
        if (database == null) {
            database = work.resolve("wc.duckdb");
            Run run = Run.of("load", "-q", "--db", database.toString(), shared.resolve("wc-letters/pdf").toString());
            check(run, "imr load of ../shared/wc-letters/pdf");
        }
        return database;
    }

    private List<CSVRecord> sql(String sql) throws Exception {
        Run run = Run.of("query", "--db", database().toString(), sql);
        check(run, "imr query \"" + sql + "\"");
        return records(run.out());
    }

    /** The block's SQL fence as it is, then the answer `imr query` gives, as a Markdown table. */
    private String query(String text) throws Exception {
        Matcher m = SQL.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("a query block holds a ```sql fence: " + text);
        }
        String indent = text.substring(text.lastIndexOf('\n', m.start()) + 1, m.start());
        String sql = m.group(1).lines().map(l -> l.startsWith(indent) ? l.substring(indent.length()) : l)
                .collect(Collectors.joining("\n"));
        Run run = Run.of("query", "--db", database().toString(), sql);
        check(run, "imr query of " + text.lines().findFirst().orElse(""));
        List<CSVRecord> rows = records(run.out());
        List<String> header = rows.isEmpty() ? CSV.parse(new StringReader(run.out())).getHeaderNames()
                : rows.get(0).getParser().getHeaderNames();
        StringBuilder s = new StringBuilder(text.substring(0, m.end())).append("\n\n");
        s.append(indent).append("| ").append(String.join(" | ", header)).append(" |\n");
        s.append(indent).append("|").append(" --- |".repeat(header.size())).append('\n');
        for (CSVRecord r : rows) {
            s.append(indent).append("| ").append(String.join(" | ", r.toList())).append(" |\n");
        }
        return s.toString();
    }

    private String urNoImprovement() throws Exception {
        List<CSVRecord> r = sql("SELECT count(*) FILTER (WHERE f.ur_reason_no_functional_improvement) AS n, "
                + "count(*) FILTER (WHERE f.ur_reason_no_functional_improvement AND i.overturned) AS k "
                + "FROM items i JOIN features f USING (letter_id, item_index)");
        long n = Long.parseLong(r.get(0).get("n"));
        long k = Long.parseLong(r.get(0).get("k"));
        Wilson w = Wilson.of(k, n);
        String who = k == 0 ? "none of the " + n + " items whose UR cited no functional improvement was overturned"
                : k + " of the " + n + " items whose UR cited no functional improvement " + (k == 1 ? "was" : "were") + " overturned";
        return String.format(Locale.ROOT, "Few items each, so the intervals are wide (the corpus report draws them): %s, "
                + "95%% CI %.3f-%.3f.\n", who, w.low(), w.high());
    }

    private String corpusReport() throws Exception {
        CSVRecord all = sql("SELECT count(*) FILTER (WHERE overturned) AS k, count(*) AS n FROM items").get(0);
        Map<String, CSVRecord> byType = new HashMap<>();
        for (CSVRecord r : sql("SELECT f.treatment_type AS t, count(*) FILTER (WHERE i.overturned) AS k, count(*) AS n "
                + "FROM items i JOIN features f USING (letter_id, item_index) GROUP BY 1")) {
            byType.put(r.get("t"), r);
        }
        Map<String, CSVRecord> byModified = new HashMap<>();
        for (CSVRecord r : sql("SELECT coalesce(f.ur_modified, false) AS m, count(*) FILTER (WHERE i.overturned) AS k, "
                + "count(*) AS n FROM items i JOIN features f USING (letter_id, item_index) GROUP BY 1")) {
            byModified.put(r.get("m"), r);
        }
        return String.format(Locale.ROOT, "On the shared letters: %s; imaging %s, physical therapy %s; "
                        + "when the UR modified the request %s, when it did not %s.\n", rate(all, true),
                rate(byType.get("imaging"), false), rate(byType.get("physical_therapy"), false),
                rate(byModified.get("true"), true), rate(byModified.get("false"), true));
    }

    /** "34 of 311, 0.109 (95% CI 0.079-0.149)", or "7 of 78" without the rate. */
    private static String rate(CSVRecord r, boolean withInterval) {
        if (r == null) {
            return "0 of 0";
        }
        long k = Long.parseLong(r.get("k"));
        long n = Long.parseLong(r.get("n"));
        if (!withInterval) {
            return k + " of " + n;
        }
        Wilson w = Wilson.of(k, n);
        return String.format(Locale.ROOT, "%d of %d%s (%.3f, 95%% CI %.3f-%.3f)", k, n,
                r.isMapped("m") ? "" : " items overturned", w.rate(), w.low(), w.high());
    }

    // --- the DMHC table: the README's own example commands, minutes of training

    private String dmhc() throws Exception {
        if (!slow) {
            throw new Unavailable("minutes of training: scripts/readme-figures.sh --dmhc makes it");
        }
        needShared();
        Matcher fence = Pattern.compile("(?m)^```\\n(D=\\S+\\n.*?)^```", Pattern.DOTALL).matcher(readme);
        if (!fence.find()) {
            throw new IllegalStateException("no DMHC example (a fence that starts with D=...) in the README");
        }
        String body = fence.group(1).replace("\\\n", " ");
        String table = body.lines().findFirst().orElseThrow().substring(2);
        Path metrics = work.resolve("dmhc.json");
        Path model = null;
        for (String line : body.lines().skip(1).toList()) {
            List<String> args = new ArrayList<>();
            List<String> words = tokens(line.strip());
            Path file = table.startsWith("../shared/") ? shared.resolve(table.substring("../shared/".length()))
                    : project.resolve(table);
            for (String t : words.subList(1, words.size())) {
                args.add(t.equals("$D") ? file.toString() : t.startsWith("out/") ? work.resolve(t).toString() : t);
            }
            if (args.get(0).equals("evaluate")) {
                args.addAll(1, List.of("--metrics", metrics.toString()));
            } else {
                model = Path.of(args.get(args.indexOf("-o") + 1));
            }
            args.add(1, "-q");
            check(Run.of(args.toArray(String[]::new)), "the DMHC example: imr " + String.join(" ", args));
        }
        JsonNode json = JsonMapper.builder().build().readTree(metrics.toFile());
        int trained = new ModelFile().read(model).manifest().trainingExamples();
        return String.format(Locale.ROOT, "DMHC health-plan table (categorical columns only), trained on Report Year <= "
                        + "2014 (%,d rows), evaluated on 2015-2016 (%,d rows): ROC-AUC %.3f, balanced accuracy %.3f, "
                        + "accuracy %.3f (baseline accuracy %.3f; made by `scripts/readme-figures.sh --dmhc` with the "
                        + "commands below, minutes of training that the tests do not repeat):\n", trained,
                json.get("n").asInt(), json.get("roc_auc").asDouble(), json.get("balanced_accuracy").asDouble(),
                json.get("accuracy").asDouble(), json.get("baseline").get("accuracy").asDouble());
    }

    // --- the disk: a machine's measurement, made by the script only

    private String disk() throws Exception {
        if (!measure) {
            throw new Unavailable("a measurement of this machine's disk (du), not a figure of the data");
        }
        Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository");
        long cache = du(m2);
        long corenlp = du(m2.resolve("edu/stanford/nlp"));
        long targets = 0;
        try (var dirs = Files.list(project)) {
            for (Path d : dirs.toList()) {
                targets += du(d.resolve("target"));
            }
        }
        targets += du(project.resolve("target"));
        long lib = du(project.resolve("cli/target/lib"));
        return String.format(Locale.ROOT, "Disk, measured on %s with `du` by `scripts/readme-figures.sh` (this machine's "
                        + "figures, which the tests do not check): the Maven cache `~/.m2/repository` held %,d MB (CoreNLP "
                        + "%,d MB of it; one cache serves every clone, and holds whatever else this machine's builds put "
                        + "there), and this clone's `target` folders %,d MB (`cli/target/lib` holds a copy of the runtime "
                        + "dependencies, %,d MB, beside `cli/target/imr.jar`). So count on about %.1f GB for a first clone "
                        + "and its tests, and about %.1f GB for each further clone.\n",
                LocalDate.now(ZoneOffset.UTC), cache, corenlp, targets, lib, (cache + targets) / 1000.0, targets / 1000.0);
    }

    /** Megabytes a folder takes on disk, as {@code du -sm} counts them; 0 when it is absent. */
    private static long du(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        Process p = new ProcessBuilder("du", "-sm", dir.toString()).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return Long.parseLong(out.strip().split("\\s+")[0]);
    }

    // --- helpers

    /** A shell line's words: quotes removed, up to a comment or a pipe. */
    static List<String> tokens(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    out.add(word.toString());
                    word = null;
                }
            } else if ((c == '#' || c == '|') && word == null) {
                break;
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            out.add(word.toString());
        }
        return out;
    }


    private void needShared() throws Unavailable {
        if (shared == null) {
            throw new Unavailable("../shared not found: it needs the shared letters");
        }
    }

    private Path model() {
        return project.resolve("models/default.imrmodel");
    }

    private String letters() {
        return project.resolve("data/letters").toString();
    }

    private static void check(Run run, String what) {
        if (run.exitCode() != 0) {
            throw new IllegalStateException(what + " exited " + run.exitCode() + ": " + run.err());
        }
    }

    private static List<CSVRecord> records(String csv) throws IOException {
        return CSV.parse(new StringReader(csv)).getRecords();
    }

    private static String spread(Spread s, Interval i) {
        return String.format(Locale.ROOT, "%.3f ± %.3f %s", s.mean(), s.sd(), interval(i));
    }

    private static String interval(Interval i) {
        return i.defined() ? String.format(Locale.ROOT, "[%.3f, %.3f]", i.low(), i.high()) : "n/a";
    }

    private static String lambda(double lambda) {
        return lambda == Math.rint(lambda) ? Long.toString((long) lambda) : Double.toString(lambda);
    }

    /**
     * {@code ReadmeFigures PROJECT [--check]}: rewrites the README's blocks (the script), or with
     * {@code --check} prints the stale ones and exits 1.
     */
    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]).toAbsolutePath().normalize();
        List<String> options = List.of(args).subList(1, args.length);
        boolean check = options.contains("--check");
        Path readme = project.resolve("README.md");
        String text = Files.readString(readme);
        Path work = Files.createTempDirectory("imr-readme");
        ReadmeFigures figures = new ReadmeFigures(project, sharedDir(project), work, !check, options.contains("--dmhc"));
        figures.readme = text;
        Map<String, String> made = new LinkedHashMap<>();
        int stale = 0;
        for (Block b : blocks(text)) {
            long started = System.nanoTime();
            try {
                String now = figures.make(b);
                made.put(b.name(), now);
                boolean same = now.equals(b.text());
                stale += same ? 0 : 1;
                System.err.printf(Locale.ROOT, "readme-figures: %-20s %s (%.1f s)%n", b.name(),
                        same ? "unchanged" : check ? "STALE" : "rewritten", (System.nanoTime() - started) / 1e9);
            } catch (Unavailable e) {
                System.err.printf(Locale.ROOT, "readme-figures: %-20s kept as it is: %s%n", b.name(), e.getMessage());
            }
        }
        if (check) {
            System.exit(stale == 0 ? 0 : 1);
        }
        try (AtomicFile out = new AtomicFile(readme)) {
            out.writer().write(rewrite(text, made));
            out.commit();
        }
        System.err.println("readme-figures: " + stale + " of " + made.size() + " blocks rewritten in " + readme);
        System.exit(0);
    }
}
