package org.imrtoolkit.features.clinical;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.imrtoolkit.core.testing.BlindGold;
import org.junit.jupiter.api.Test;

/**
 * The clinical features on the blind gold set (48 items of 27 letters no rule was written from).
 * The utilization-review features were measured when their rules were done: ur_decision right on
 * 47 of 48 items; the UR reasons micro precision 1.00, recall 0.14 (3 of 22 gold reasons). Issue 18
 * then made an item the summary's UR account does not name {@code unknown} instead of copying the
 * decision told of another item (this set's annotator, under issue 10's definitions, gave every
 * disputed item the UR's decision): ur_decision 37 of 48, every one of the 11 others gold decided,
 * rules unknown; where the rules give a decision it agrees with the gold on 37 of 37. The UR reasons
 * stayed 3 of 22 (precision 1.00); the rules of issue 18 were written from other letters and not
 * changed after this was measured. Floors a little below. The other labelled columns: see {@link #otherLabelledColumnsAfterTheRuleFixes()}.
 */
class BlindGoldTest {

    @Test
    void utilizationReviewFeaturesOnTheBlindGoldSet() throws Exception {
        List<BlindGold.Item> gold = BlindGold.items();
        Map<String, ClinicalFeatures> features = UrGoldMeasure.extract(BlindGold.BLIND_27, gold);
        int right = 0;
        Map<String, Integer> confusion = new java.util.TreeMap<>();
        Map<String, Set<String>> want = new LinkedHashMap<>();
        Map<String, Set<String>> got = new LinkedHashMap<>();
        for (BlindGold.Item item : gold) {
            ClinicalFeatures f = features.get(item.id());
            right += f.urDecision().label().equals(item.get("ur_decision")) ? 1 : 0;
            confusion.merge(item.get("ur_decision") + " -> " + f.urDecision().label(), 1, Integer::sum);
            want.put(item.id(), item.set("ur_reasons"));
            Set<String> found = new LinkedHashSet<>();
            f.urReasons().forEach(r -> found.add(r.label()));
            got.put(item.id(), found);
        }
        List<String> labels = Arrays.stream(DenialReason.values()).map(DenialReason::label).toList();
        List<BlindGold.Score> scores = BlindGold.scores(labels, want, got);
        double accuracy = right / (double) gold.size();
        System.out.printf(Locale.ROOT, "UR features on the blind gold set (%d items):%n  ur_decision %d of %d (%.2f)%n",
                gold.size(), right, gold.size(), accuracy);
        System.out.println("  ur_decision gold -> rules: " + confusion);
        scores.forEach(s -> System.out.println("  ur_reason_" + s));
        BlindGold.Score micro = scores.getLast();
        long decided = gold.stream().filter(i -> features.get(i.id()).urDecision() != UrDecision.UNKNOWN).count();
        long decidedRight = gold.stream().filter(i -> features.get(i.id()).urDecision() != UrDecision.UNKNOWN
                && features.get(i.id()).urDecision().label().equals(i.get("ur_decision"))).count();
        System.out.printf(Locale.ROOT, "  ur_decision where the rules give one: %d of %d%n", decidedRight, decided);
        assertTrue(accuracy >= 0.75, "ur_decision accuracy " + accuracy);
        assertTrue(decidedRight >= 0.95 * decided, "ur_decision where the rules give one: " + decidedRight + " of " + decided);
        assertTrue(micro.precision() >= 0.75, "UR reasons micro precision " + micro);
        assertTrue(micro.recall() >= 0.12, "UR reasons micro recall " + micro);
    }

    /**
     * The other labelled columns. Before the rule fixes of issue 10 section 4 (written from the
     * issue's list and from letters outside this set, and not changed after this was measured):
     * treatment_type 39, functional_improvement 44, requested_sessions 48/48, prior_visits 47,
     * surgery_done 45, months_since_surgery 47, exceeds_guideline 48 (of 48). After: treatment_type
     * 44, the others unchanged. The set has no therapy item, so the sessions, prior visits and
     * exceeds_guideline figures only check that no count appears where the gold has none; those
     * rules are measured by TherapyItemsGoldTest and Issue10RulesTest. Floors at the after figures.
     */
    @Test
    void otherLabelledColumnsAfterTheRuleFixes() throws Exception {
        List<BlindGold.Item> gold = BlindGold.items();
        Map<String, ClinicalFeatures> features = UrGoldMeasure.extract(BlindGold.BLIND_27, gold);
        Map<String, Function<ClinicalFeatures, String>> columns = new LinkedHashMap<>();
        columns.put("treatment_type", f -> f.treatmentType().label());
        columns.put("functional_improvement", f -> f.functionalImprovement().label());
        columns.put("requested_sessions_min", f -> text(f.requestedSessionsMin()));
        columns.put("requested_sessions_max", f -> text(f.requestedSessionsMax()));
        columns.put("prior_visits", f -> text(f.priorVisits()));
        columns.put("surgery_done", f -> text(f.postSurgical()));
        columns.put("months_since_surgery", f -> text(f.monthsSinceSurgery()));
        columns.put("exceeds_guideline", f -> text(f.exceedsGuideline()));
        Map<String, Integer> floors = Map.of("treatment_type", 44, "functional_improvement", 44,
                "requested_sessions_min", 48, "requested_sessions_max", 48, "prior_visits", 47, "surgery_done", 45,
                "months_since_surgery", 47, "exceeds_guideline", 48);
        System.out.println("Other features on the blind gold set (" + gold.size() + " items), after the rule fixes:");
        Map<String, Long> rights = new LinkedHashMap<>();
        columns.forEach((column, value) -> {
            long right = gold.stream().filter(i -> value.apply(features.get(i.id())).equalsIgnoreCase(i.get(column))).count();
            long stated = gold.stream().filter(i -> !i.get(column).isEmpty()).count();
            rights.put(column, right);
            System.out.printf(Locale.ROOT, "  %-24s %2d of %d right (%d items with a gold value)%s%n", column, right,
                    gold.size(), stated, column.equals("surgery_done") ? "  [toolkit: post_surgical]" : "");
        });
        rights.forEach((column, right) -> assertTrue(right >= floors.get(column), column + ": " + right + " right"));
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }
}
