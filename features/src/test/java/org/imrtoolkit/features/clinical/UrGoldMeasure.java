package org.imrtoolkit.features.clinical;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.imrtoolkit.core.io.LetterReader;
import org.imrtoolkit.core.letter.Case;
import org.imrtoolkit.core.nlp.TextAnnotator;
import org.imrtoolkit.core.testing.BlindGold;
import org.imrtoolkit.features.Evidence;

/**
 * How the UR account is measured on a gold file of issue 18 (the blind {@code blind-45.tsv} and the
 * development {@code dev-84.tsv} share their columns and definitions): per-reason and micro
 * precision/recall of {@code ur_reason_*}, {@code ur_decision} accuracy and confusion,
 * {@code ur_modified} accuracy (gold: {@code ur_decision == modified}), the share of the items whose
 * gold decision is unknown that the rules also call unknown, and each item where the rules and the
 * gold disagree, with the UR evidence the rules used.
 */
final class UrGoldMeasure {

    /** One item where the rules and the gold disagree on the decision or the reasons. */
    record Disagreement(String item, String goldDecision, String gotDecision, Set<String> goldReasons,
                        Set<String> gotReasons, List<String> evidence) {

        @Override
        public String toString() {
            Set<String> missed = new TreeSet<>(goldReasons);
            missed.removeAll(gotReasons);
            Set<String> extra = new TreeSet<>(gotReasons);
            extra.removeAll(goldReasons);
            StringBuilder b = new StringBuilder();
            b.append(item).append("  decision gold ").append(goldDecision).append(" got ").append(gotDecision)
                    .append("  reasons gold ").append(new TreeSet<>(goldReasons)).append(" got ")
                    .append(new TreeSet<>(gotReasons));
            if (!missed.isEmpty()) {
                b.append("  missed ").append(missed);
            }
            if (!extra.isEmpty()) {
                b.append("  extra ").append(extra);
            }
            evidence.forEach(e -> b.append(System.lineSeparator()).append("    ").append(e));
            return b.toString();
        }
    }

    /** The figures of one set of items. */
    record Figures(String name, int items, List<BlindGold.Score> reasons, int decisionRight, int modifiedRight,
                   int goldUnknown, int bothUnknown, Map<String, Integer> confusion, Set<String> otherLabels,
                   List<Disagreement> disagreements) {

        BlindGold.Score micro() {
            return reasons.getLast();
        }

        double decisionAccuracy() {
            return decisionRight / (double) items;
        }

        double modifiedAccuracy() {
            return modifiedRight / (double) items;
        }

        double unknownAgreement() {
            return goldUnknown == 0 ? Double.NaN : bothUnknown / (double) goldUnknown;
        }

        void print() {
            System.out.printf(Locale.ROOT, "UR account on %s (%d items):%n", name, items);
            reasons.forEach(s -> System.out.println("  ur_reason_" + s));
            System.out.printf(Locale.ROOT, "  ur_decision accuracy %d of %d (%.2f); gold -> rules %s%n", decisionRight, items,
                    decisionAccuracy(), confusion);
            System.out.printf(Locale.ROOT, "  ur_modified accuracy %d of %d (%.2f)%n", modifiedRight, items, modifiedAccuracy());
            System.out.printf(Locale.ROOT, "  gold ur_decision unknown: rules unknown too on %d of %d (%.2f)%n", bothUnknown,
                    goldUnknown, unknownAgreement());
            if (!otherLabels.isEmpty()) {
                System.out.println("  gold reason labels outside the vocabulary (counted as missed): " + otherLabels);
            }
        }

        /** Writes the disagreements to {@code file} (atomically) and says where on stderr. */
        void writeDisagreements(Path file) throws IOException {
            StringWriter text = new StringWriter();
            try (PrintWriter out = new PrintWriter(text)) {
                out.printf(Locale.ROOT, "# %s: %d items where the UR account and the gold disagree%n", name,
                        disagreements.size());
                disagreements.forEach(out::println);
            }
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, text.toString(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.err.println(disagreements.size() + " disagreements on " + name + " written to " + file.toAbsolutePath());
        }
    }

    private UrGoldMeasure() {
    }

    static Figures figures(String name, List<BlindGold.Item> gold, Map<String, ClinicalFeatures> features,
                           Predicate<BlindGold.Item> in) {
        List<String> labels = Arrays.stream(DenialReason.values()).map(DenialReason::label).toList();
        Map<String, Set<String>> want = new LinkedHashMap<>();
        Map<String, Set<String>> got = new LinkedHashMap<>();
        Map<String, Integer> confusion = new TreeMap<>();
        Set<String> other = new LinkedHashSet<>();
        List<Disagreement> disagreements = new ArrayList<>();
        int items = 0;
        int decisionRight = 0;
        int modifiedRight = 0;
        int goldUnknown = 0;
        int bothUnknown = 0;
        for (BlindGold.Item item : gold) {
            if (!in.test(item)) {
                continue;
            }
            items++;
            ClinicalFeatures f = features.get(item.id());
            String decision = normal(item.get("ur_decision"));
            if (decision.isEmpty()) {
                decision = UrDecision.UNKNOWN.label();
            }
            decisionRight += f.urDecision().label().equals(decision) ? 1 : 0;
            confusion.merge(decision + " -> " + f.urDecision().label(), 1, Integer::sum);
            boolean goldModified = decision.equals(UrDecision.MODIFIED.label());
            modifiedRight += goldModified == f.urModified() ? 1 : 0;
            if (decision.equals(UrDecision.UNKNOWN.label())) {
                goldUnknown++;
                bothUnknown += f.urDecision() == UrDecision.UNKNOWN ? 1 : 0;
            }
            Set<String> reasons = new LinkedHashSet<>();
            for (String r : item.set("ur_reasons")) {
                String label = normal(r);
                if (label.isEmpty() || label.equals("none") || r.strip().equals("-")) {
                    continue;
                }
                reasons.add(label);
                if (!labels.contains(label)) {
                    other.add(label);
                }
            }
            Set<String> tagged = f.urReasons().stream().map(DenialReason::label).collect(Collectors.toSet());
            want.put(item.id(), reasons);
            got.put(item.id(), tagged);
            if (!reasons.equals(tagged) || !decision.equals(f.urDecision().label())) {
                disagreements.add(new Disagreement(item.id() + " " + item.get("decision"), decision, f.urDecision().label(),
                        reasons, tagged, urEvidence(f)));
            }
        }
        List<BlindGold.Score> scores = BlindGold.scoresMissingOthers(labels, want, got);
        return new Figures(name, items, scores, decisionRight, modifiedRight, goldUnknown, bothUnknown, confusion, other,
                disagreements);
    }

    /** The UR evidence of an item's features: each feature, its value, the words matched and their clause. */
    private static List<String> urEvidence(ClinicalFeatures f) {
        List<String> out = new ArrayList<>();
        for (Evidence e : f.evidence()) {
            if (e.feature().startsWith("ur_")) {
                out.add(e.feature() + "=" + e.value() + ": " + e.sentence().replaceAll("\\s+", " "));
            }
        }
        return out;
    }

    private static String normal(String label) {
        return label.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    /** The features of every gold item, by item id; fails naming the file and item that is no item of its letter. */
    static Map<String, ClinicalFeatures> extract(String resource, List<BlindGold.Item> gold) throws Exception {
        ClinicalFeatureExtractor extractor = new ClinicalFeatureExtractor(new TextAnnotator());
        SummaryCache cache = new SummaryCache(extractor);
        LetterReader reader = new LetterReader();
        Map<String, ClinicalFeatures> out = new HashMap<>();
        Set<String> letters = new LinkedHashSet<>();
        gold.forEach(i -> letters.add(i.letterId()));
        for (String id : letters) {
            for (Case c : BlindGold.letter(reader, id).cases()) {
                out.put(c.id(), extractor.extract(c, cache.features(c)));
            }
        }
        for (BlindGold.Item item : gold) {
            if (!out.containsKey(item.id())) {
                throw new IllegalStateException(resource + ": item " + item.id() + " is not an item of letter " + item.letterId());
            }
        }
        return out;
    }
}
