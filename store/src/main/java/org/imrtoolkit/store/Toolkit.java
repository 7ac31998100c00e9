package org.imrtoolkit.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.imrtoolkit.core.io.JsonType;
import org.imrtoolkit.core.letter.Case;
import org.imrtoolkit.core.letter.DisputedItem;
import org.imrtoolkit.core.letter.Letter;
import org.imrtoolkit.core.nlp.TextAnnotator;
import org.imrtoolkit.features.Demand;
import org.imrtoolkit.features.Evidence;
import org.imrtoolkit.features.clinical.ClinicalFeatureExtractor;
import org.imrtoolkit.features.clinical.ClinicalFeatures;
import org.imrtoolkit.features.clinical.SummaryCache;
import org.imrtoolkit.features.io.FeatureColumn;
import org.imrtoolkit.features.inputs.ExampleReader;
import org.imrtoolkit.model.InputDigest;
import org.imrtoolkit.model.ModelFile;
import org.imrtoolkit.predict.ModelCard;
import org.imrtoolkit.predict.Prediction;
import org.imrtoolkit.predict.Predictor;
import org.imrtoolkit.reasons.ItemReasons;
import org.imrtoolkit.features.clinical.DenialReason;
import org.imrtoolkit.reasons.ReasonTagger;

/**
 * The store's one adapter onto the rest of the toolkit: a parsed letter (core) into its rows: its
 * named features with their evidence (features), the reasons of its rationale (reasons) and, with a
 * model, its predictions (model, predict). Everything else in this package sees only
 * {@link LetterRows}, so when those modules move, only the imports here change. Reading the files
 * (in parallel, duplicates and bad files reported) is the application's case stream. Thread-safe.
 */
public final class Toolkit {

    /**
     * The model a load applies: its file name, SHA-256 and positive class, what it was trained on
     * (each training file's SHA-256, and each file's name without its extension, which is a letter's id),
     * and its card's warning when it is not shown to rank cases better than chance (null when it is).
     */
    public record ModelInfo(String name, String sha256, String positiveLabel, Set<String> trainingSha256,
                            Set<String> trainingNames, String chanceWarning) {

        /**
         * Whether a letter was one the model trained on: the same file, or the same letter in another
         * form (the PDF of a training text file has another SHA-256 but the same name).
         */
        public boolean trainedOn(String fileSha256, String letterId) {
            return trainingSha256.contains(fileSha256) || trainingNames.contains(letterId);
        }
    }

    private final TextAnnotator annotator = new TextAnnotator();
    // Every named feature as imr features reads them; the store writes no lexical terms, so none are lemmatized.
    private final ClinicalFeatureExtractor extractor = new ClinicalFeatureExtractor(annotator, Demand.CLINICAL);
    private final ReasonTagger tagger = new ReasonTagger(annotator);
    private final ThreadLocal<SummaryCache> summaries =
            ThreadLocal.withInitial(() -> new SummaryCache(extractor));
    private final ThreadLocal<ExampleReader> examples = ThreadLocal.withInitial(() -> new ExampleReader(annotator));
    private final Predictor predictor;
    private final ModelInfo model;

    /** @param model a model file to predict with, or null */
    public Toolkit(Path model) throws IOException {
        if (model == null) {
            this.predictor = null;
            this.model = null;
        } else {
            ModelFile.Contents contents = new ModelFile().read(model);
            this.predictor = Predictor.of(contents);
            var inputs = contents.manifest().inputs();
            this.model = new ModelInfo(model.getFileName().toString(), ModelFile.sha256(model),
                    contents.manifest().positiveLabel(), inputs.stream().map(d -> d.sha256()).collect(Collectors.toSet()),
                    inputs.stream().map(d -> InputDigest.letterId(d.path())).collect(Collectors.toSet()),
                    ModelCard.chanceWarning(contents.manifest()).orElse(null));
        }
    }

    /** The model loads predict with; null without one. */
    public ModelInfo model() {
        return model;
    }

    /** The columns of the features table after its key: one per named feature, typed. */
    public static List<Column> featureColumns() {
        List<Column> columns = new ArrayList<>();
        for (FeatureColumn f : FeatureColumn.values()) {
            if (f == FeatureColumn.ID) {
                continue;
            }
            String name = f.header();
            // One place types a feature: the same column is an integer or a boolean here and in JSON lines.
            Column.Type type = f.type() == JsonType.INTEGER ? Column.Type.INTEGER
                    : f.type() == JsonType.BOOLEAN ? Column.Type.BOOLEAN : Column.Type.VARCHAR;
            columns.add(new Column(name, type));
        }
        return columns;
    }

    /** The reasons a rationale can give, one boolean column each. */
    public static List<String> reasonColumns() {
        return Arrays.stream(DenialReason.values()).map(DenialReason::label).toList();
    }

    /**
     * Every row a parsed letter gives. The file is read again for its SHA-256; a file gone since
     * it was parsed is an {@link UncheckedIOException}.
     */
    public LetterRows rows(Path file, Letter letter) {
        try {
            return rows(file, sha256(file), letter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LetterRows rows(Path file, String sha256, Letter letter) {
        String id = letter.id();
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("letter_id", id);
        l.put("source_file", file.toString());
        l.put("source_sha256", sha256);
        l.put("loaded_at", LocalDateTime.now());
        l.put("item_count", letter.items().size());
        l.put("case_number", letter.header().caseNumber());
        l.put("date_assigned", letter.header().dateAssigned());
        l.put("header_date_of_injury", letter.header().dateOfInjury());
        l.put("decision_date", letter.header().decisionDate());
        l.put("ur_denial_date", letter.header().urDenialDate());
        l.put("priority", letter.header().priority());
        l.put("application_received", letter.header().applicationReceived());
        l.put("reviewer_licensure", String.join("; ", letter.reviewer().licensureStates()));
        l.put("reviewer_specialty", letter.reviewer().specialty());
        l.put("reviewer_subspecialty", letter.reviewer().subspecialty());
        l.put("age", letter.demographics().age());
        l.put("sex", letter.demographics().sex().label());
        l.put("date_of_injury", letter.demographics().dateOfInjury());
        l.put("date_of_injury_in_summary", letter.demographics().dateOfInjuryText());
        l.put("summary", letter.summary());

        List<Map<String, Object>> items = new ArrayList<>();
        List<Map<String, Object>> features = new ArrayList<>();
        List<Map<String, Object>> evidence = new ArrayList<>();
        List<Map<String, Object>> reasons = new ArrayList<>();
        List<Map<String, Object>> predictions = new ArrayList<>();
        List<Prediction> predicted = new ArrayList<>();
        List<Map<String, Object>> predictedKeys = new ArrayList<>();
        List<Case> cases = letter.cases();
        boolean trainedOn = model != null && model.trainedOn(sha256, id);
        for (int k = 0; k < letter.items().size(); k++) {
            DisputedItem item = letter.items().get(k);
            Case c = cases.get(k);
            Map<String, Object> i = key(id, item.index(), c.id());
            i.put("item", item.text());
            i.put("decision", item.decision());
            i.put("overturned", item.decision().toLowerCase(Locale.ROOT).contains("overturn"));
            i.put("original_request", item.originalRequest());
            i.put("claims_administrator_guideline", item.claimsAdministratorGuideline().text());
            i.put("maximus_guideline", item.maximusGuideline().text());
            i.put("maximus_guideline_source", item.maximusGuideline().source().label());
            i.put("maximus_guideline_section", item.maximusGuideline().section());
            i.put("maximus_guideline_pages", item.maximusGuideline().pages());
            i.put("rationale", item.rationale());
            items.add(i);

            // Only the Case (no decision, no rationale) reaches the features and the model.
            ClinicalFeatures f;
            if (predictor != null) {
                var example = examples.get().read(c);
                f = example.clinical();
                predicted.add(predictor.predict(example));
                predictedKeys.add(key(id, item.index(), c.id()));
            } else {
                f = extractor.extract(c, summaries.get().features(c));
            }
            Map<String, Object> fr = key(id, item.index(), c.id());
            for (FeatureColumn column : FeatureColumn.values()) {
                if (column != FeatureColumn.ID) {
                    fr.put(column.header(), column.valueOf(f));
                }
            }
            features.add(fr);
            int seq = 0;
            for (Evidence e : f.evidence()) {
                Map<String, Object> row = key(id, item.index(), c.id());
                row.put("seq", ++seq);
                row.put("feature", e.feature());
                row.put("value", e.value());
                row.put("source", e.source());
                row.put("sentence", e.sentence());
                row.put("span_begin", e.begin());
                row.put("span_end", e.end());
                evidence.add(row);
            }

            ItemReasons r = tagger.tag(c.id(), item);
            Map<String, Object> rr = key(id, item.index(), c.id());
            rr.put("decision", r.decision());
            rr.put("treatment_type", r.treatmentType().label());
            for (DenialReason reason : DenialReason.values()) {
                rr.put(reason.label(), r.has(reason));
            }
            rr.put("guideline_limit_cited", r.limitCited());
            rr.put("guidelines", r.guidelines());
            reasons.add(rr);
        }
        if (predictor != null) {
            // As imr predict does: the letter's dependent items follow their procedure (for a model that reads it).
            List<Prediction> followed = predictor.followProcedures(predicted, predictor.model().threshold());
            for (int k = 0; k < followed.size(); k++) {
                Prediction p = followed.get(k);
                Map<String, Object> row = predictedKeys.get(k);
                row.put("model_name", model.name());
                row.put("model_sha256", model.sha256());
                row.put("probability", p.probability());
                row.put("predicted", p.predicted());
                row.put("flag", p.predicted().equals(model.positiveLabel()));
                row.put("reasons", p.reasons().stream().map(r -> r.describe(model.positiveLabel()))
                        .collect(Collectors.joining(" | ")));
                row.put("trained_on", trainedOn);
                predictions.add(row);
            }
        }
        return new LetterRows(id, file.toString(), letter.items().size(), Map.of(
                Schema.LETTERS, List.of(l), Schema.ITEMS, items, Schema.FEATURES, features, Schema.EVIDENCE, evidence,
                Schema.REASONS, reasons, Schema.PREDICTIONS, predictions));
    }

    private static Map<String, Object> key(String letterId, int index, String id) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("letter_id", letterId);
        row.put("item_index", index);
        row.put("id", id);
        return row;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The model's one Wilson interval formula (its calibration bins' {@code Proportion}), as the store's record. */
    static Wilson wilson(long k, long n) {
        org.imrtoolkit.model.metrics.Proportion p = org.imrtoolkit.model.metrics.Proportion.of(k, n);
        return new Wilson(p.k(), p.n(), p.rate(), p.low(), p.high());
    }

    /** A CSV cell made safe for spreadsheets, as every CSV writer of the toolkit makes it (core's CsvCells). */
    static String csvCell(String cell) {
        return org.imrtoolkit.core.io.CsvCells.safe(cell);
    }

    /** A byte count as the toolkit's messages write it: "16.0 MB". */
    static String size(long bytes) {
        return org.imrtoolkit.core.io.Sizes.format(bytes);
    }

    /** Text of a database (a table's name) made safe for a one-line message. */
    static String escape(String text) {
        return org.imrtoolkit.core.io.Messages.escape(text);
    }

    /** A temporary file the JVM's shutdown hook deletes on SIGINT or SIGTERM, as it does the atomic outputs'. */
    static void deleteOnShutdown(Path temp) {
        org.imrtoolkit.core.io.AtomicFile.deleteOnShutdown(temp);
    }

    /** The temporary file is gone or moved into place: the shutdown hook leaves it alone. */
    static void keepAfterShutdown(Path temp) {
        org.imrtoolkit.core.io.AtomicFile.keepAfterShutdown(temp);
    }
}
