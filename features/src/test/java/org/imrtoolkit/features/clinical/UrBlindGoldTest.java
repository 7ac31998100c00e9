package org.imrtoolkit.features.clinical;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.imrtoolkit.core.io.LetterReader;
import org.imrtoolkit.core.letter.Case;
import org.imrtoolkit.core.nlp.TextAnnotator;
import org.imrtoolkit.core.testing.BlindGold;
import org.junit.jupiter.api.Test;

/**
 * The UR's account on issue 18's blind gold ({@code gold/blind-45.tsv}: every item of 45 letters
 * labelled by annotators who never saw the rules; the rules of issue 18 were written from the other
 * 84 letters). Prints, for all items and apart for the 27 letters of {@code blind-27.tsv} and the 18
 * others: per-reason and micro precision/recall of {@code ur_reason_*}, {@code ur_decision} accuracy,
 * {@code ur_modified} accuracy (gold: {@code ur_decision == modified}), and the share of the items
 * whose gold decision is unknown that the rules also call unknown. Skipped, with a line on stderr,
 * while the gold file is absent; without {@code ../shared} as the other shared-letter tests are.
 *
 * <p>Measured once, with the rules of issue 18 frozen first (run on a copy of the gold before it was
 * committed; no rule was changed after): all 92 items, UR reasons micro precision 0.64 recall 0.15
 * (7 of 48 gold reasons, 11 tagged; adjunct_to_denied 0 of 14, no_conservative_care_trial 0 of 6,
 * criteria_not_met 4 of 16), ur_decision 79 of 92 (0.86; 12 gold non_certified the rules call
 * unknown), ur_modified 92 of 92, gold unknown also unknown 1 of 2. The 27 letters of blind-27:
 * reasons 3 of 22 (precision 1.00), ur_decision 37 of 48; the 18 others: reasons 4 of 26 (precision
 * 0.50), ur_decision 42 of 44. Floors a little below those figures, for the lead to replace: micro
 * precision 0.60 and recall 0.12, ur_decision accuracy 0.80, ur_modified accuracy 0.95, unknown
 * agreement 0.50 (each where defined).
 */
class UrBlindGoldTest {

    static final String GOLD = "/gold/blind-45.tsv";
    static final List<String> COLUMNS = List.of("letter_id", "item_index", "decision", "ur_decision", "ur_reasons",
            "part_of_surgery_request", "procedure_item", "objective_findings", "initial_trial_within_limit");

    /** The figures of one set of items. */
    record Figures(String name, int items, List<BlindGold.Score> reasons, int decisionRight, int modifiedRight,
                   int goldUnknown, int bothUnknown, Map<String, Integer> confusion, Set<String> otherLabels) {

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
    }

    @Test
    void urAccountOnTheIssue18BlindGold() throws Exception {
        if (!BlindGold.present(GOLD)) {
            String message = "SKIPPED: issue 18 blind gold not found; no " + GOLD + " on the test class path (core/src/test/resources"
                    + GOLD + "): UrBlindGoldTest measures the UR account once it is labelled";
            System.err.println(message);
            assumeTrue(false, message);
        }
        List<BlindGold.Item> gold = BlindGold.items(GOLD, COLUMNS);
        Map<String, ClinicalFeatures> features = extract(gold);
        Set<String> blind27 = BlindGold.items().stream().map(BlindGold.Item::letterId).collect(Collectors.toSet());
        Figures all = figures("issue 18's blind gold, all 45 letters", gold, features, i -> true);
        all.print();
        figures("its 27 letters of blind-27.tsv", gold, features, i -> blind27.contains(i.letterId())).print();
        figures("its 18 other letters (issue 10's rules were written from them)", gold, features,
                i -> !blind27.contains(i.letterId())).print();

        BlindGold.Score micro = all.micro();
        assertTrue(!(micro.precision() < 0.60), "UR reasons micro precision " + micro);
        assertTrue(!(micro.recall() < 0.12), "UR reasons micro recall " + micro);
        assertTrue(all.decisionAccuracy() >= 0.80, "ur_decision accuracy " + all.decisionAccuracy());
        assertTrue(all.modifiedAccuracy() >= 0.95, "ur_modified accuracy " + all.modifiedAccuracy());
        assertTrue(!(all.unknownAgreement() < 0.50), "unknown agreement " + all.unknownAgreement());
    }

    private static Figures figures(String name, List<BlindGold.Item> gold, Map<String, ClinicalFeatures> features,
                                   Predicate<BlindGold.Item> in) {
        List<String> labels = Arrays.stream(DenialReason.values()).map(DenialReason::label).toList();
        Map<String, Set<String>> want = new LinkedHashMap<>();
        Map<String, Set<String>> got = new LinkedHashMap<>();
        Map<String, Integer> confusion = new TreeMap<>();
        Set<String> other = new LinkedHashSet<>();
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
            want.put(item.id(), reasons);
            got.put(item.id(), f.urReasons().stream().map(DenialReason::label).collect(Collectors.toSet()));
        }
        List<BlindGold.Score> scores = new ArrayList<>(BlindGold.scores(labels, want, got));
        // A gold label outside the vocabulary is a reason the rules cannot find: it counts in the
        // micro recall's denominator.
        int missed = (int) want.values().stream().flatMap(Set::stream).filter(l -> !labels.contains(l)).count();
        BlindGold.Score micro = scores.removeLast();
        scores.add(new BlindGold.Score("micro", micro.gold() + missed, micro.tagged(), micro.truePositives()));
        return new Figures(name, items, scores, decisionRight, modifiedRight, goldUnknown, bothUnknown, confusion, other);
    }

    private static String normal(String label) {
        return label.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    private static Map<String, ClinicalFeatures> extract(List<BlindGold.Item> gold) throws Exception {
        TextAnnotator annotator = new TextAnnotator();
        ClinicalFeatureExtractor extractor = new ClinicalFeatureExtractor(annotator);
        SummaryCache cache = new SummaryCache(annotator, extractor);
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
                throw new IllegalStateException(GOLD + ": item " + item.id() + " is not an item of letter " + item.letterId());
            }
        }
        return out;
    }
}
