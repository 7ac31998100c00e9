package org.imrtoolkit.features.clinical;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.imrtoolkit.core.testing.BlindGold;

/**
 * How issue 18's signals ({@link ItemSignals}) are measured on a gold file of issue 18 (the columns
 * of {@link BlindGold#ISSUE18_COLUMNS}): {@code part_of_surgery_request} accuracy, precision and recall;
 * {@code procedure_item} agreement on the items both the gold and the rules call dependent;
 * {@code objective_findings} per kind and micro precision/recall and item-level "any finding"
 * accuracy; {@code initial_trial_within_limit} confusion and accuracy; and, for each signal, the
 * overturn rate of the items whose GOLD label says it is present or absent, which says whether the
 * signal matters at all, whatever the rules find.
 *
 * <p>The rules' {@code meniscal_or_labral_tear} has no gold label (the gold vocabulary labels only
 * full-thickness tears), so it is reported apart and left out of the micro figures and of "any
 * finding".
 */
final class SignalsGoldMeasure {

    /** The finding kinds of the gold vocabulary: every rule kind but the one the gold lacks. */
    static final List<String> GOLD_KINDS = Arrays.stream(FindingKind.values())
            .filter(k -> k != FindingKind.MENISCAL_OR_LABRAL_TEAR).map(FindingKind::label).toList();

    private static final String EMPTY = "empty";

    /** How many of some items were overturned. */
    record Overturns(int overturned, int items) {

        @Override
        public String toString() {
            return items == 0 ? "no items"
                    : String.format(Locale.ROOT, "overturned %d of %d (%.2f)", overturned, items, overturned / (double) items);
        }
    }

    /** The figures of one set of items. */
    record Figures(String name, int items, int partRight, int partGold, int partTagged, int partBoth,
                   int procedureBoth, int procedureRight, List<String> procedureMisses, List<BlindGold.Score> findings,
                   int meniscalTagged,
                   int meniscalOnGoldTear, int anyRight, Set<String> otherKinds, Map<String, Integer> trialConfusion,
                   int trialGold, int trialRight, Map<String, Overturns> overturns) {

        double partAccuracy() {
            return partRight / (double) items;
        }

        double partPrecision() {
            return partTagged == 0 ? Double.NaN : partBoth / (double) partTagged;
        }

        double partRecall() {
            return partGold == 0 ? Double.NaN : partBoth / (double) partGold;
        }

        double procedureAgreement() {
            return procedureBoth == 0 ? Double.NaN : procedureRight / (double) procedureBoth;
        }

        BlindGold.Score micro() {
            return findings.getLast();
        }

        double anyFindingAccuracy() {
            return anyRight / (double) items;
        }

        double trialAccuracy() {
            return trialGold == 0 ? Double.NaN : trialRight / (double) trialGold;
        }

        void print() {
            System.out.printf(Locale.ROOT, "Issue 18 signals on %s (%d items):%n", name, items);
            System.out.printf(Locale.ROOT,
                    "  part_of_surgery_request accuracy %d of %d (%.2f); gold true %d, rules true %d, both %d: P %.2f R %.2f%n",
                    partRight, items, partAccuracy(), partGold, partTagged, partBoth, partPrecision(), partRecall());
            System.out.printf(Locale.ROOT,
                    "  procedure_item agreement on the %d items both call dependent: %d (%.2f) (gold absent = rules none)%n",
                    procedureBoth, procedureRight, procedureAgreement());
            if (!procedureMisses.isEmpty()) {
                System.out.println("    disagreements (item: gold -> rules): " + String.join("; ", procedureMisses));
            }
            System.out.println("  objective_findings per kind (item level; micro leaves out meniscal_or_labral_tear, which the"
                    + " gold vocabulary lacks):");
            findings.forEach(s -> System.out.println("    " + s));
            System.out.printf(Locale.ROOT,
                    "    meniscal_or_labral_tear (rules only, not in the micro): tagged on %d items, %d of them with a gold"
                            + " full_thickness_tear%n", meniscalTagged, meniscalOnGoldTear);
            if (!otherKinds.isEmpty()) {
                System.out.println("    gold finding labels outside the vocabulary (counted as missed): " + otherKinds);
            }
            System.out.printf(Locale.ROOT,
                    "  any finding (gold non-empty vs rules non-empty, meniscal_or_labral_tear left out) accuracy %d of %d (%.2f)%n",
                    anyRight, items, anyFindingAccuracy());
            System.out.printf(Locale.ROOT, "  initial_trial_within_limit gold -> rules %s; accuracy on gold non-empty %d of %d (%.2f)%n",
                    trialConfusion, trialRight, trialGold, trialAccuracy());
            System.out.println("  overturn rate by the GOLD label (does the signal matter?):");
            overturns.forEach((k, v) -> System.out.printf(Locale.ROOT, "    %-44s %s%n", k, v));
        }
    }

    private SignalsGoldMeasure() {
    }

    static Figures figures(String name, List<BlindGold.Item> gold, Map<String, ClinicalFeatures> features,
                           Predicate<BlindGold.Item> in) {
        int items = 0;
        int partRight = 0;
        int partGold = 0;
        int partTagged = 0;
        int partBoth = 0;
        int procedureBoth = 0;
        int procedureRight = 0;
        int meniscalTagged = 0;
        int meniscalOnGoldTear = 0;
        int anyRight = 0;
        int trialGold = 0;
        int trialRight = 0;
        List<String> procedureMisses = new ArrayList<>();
        Map<String, Set<String>> want = new LinkedHashMap<>();
        Map<String, Set<String>> got = new LinkedHashMap<>();
        Set<String> other = new LinkedHashSet<>();
        Map<String, Integer> trialConfusion = new TreeMap<>();
        Map<String, int[]> overturns = new LinkedHashMap<>();
        for (BlindGold.Item item : gold) {
            if (!in.test(item)) {
                continue;
            }
            items++;
            ItemSignals s = features.get(item.id()).signals();
            boolean overturned = item.get("decision").strip().equalsIgnoreCase("Overturned");

            boolean goldPart = bool(item, "part_of_surgery_request");
            partRight += goldPart == s.partOfSurgeryRequest() ? 1 : 0;
            partGold += goldPart ? 1 : 0;
            partTagged += s.partOfSurgeryRequest() ? 1 : 0;
            if (goldPart && s.partOfSurgeryRequest()) {
                partBoth++;
                procedureBoth++;
                String goldProcedure = item.get("procedure_item").strip();
                String gotProcedure = s.procedureItem() == null ? "absent" : s.procedureItem().toString();
                if (goldProcedure.equalsIgnoreCase(gotProcedure)) {
                    procedureRight++;
                } else {
                    procedureMisses.add(item.id() + ": " + goldProcedure + " -> " + gotProcedure);
                }
            }
            count(overturns, "part_of_surgery_request " + goldPart, overturned);

            Set<String> kinds = new LinkedHashSet<>();
            for (String k : item.set("objective_findings")) {
                String label = k.toLowerCase(Locale.ROOT);
                kinds.add(label);
                if (!GOLD_KINDS.contains(label)) {
                    other.add(label);
                }
            }
            Set<String> tagged = s.objectiveFindings().keySet().stream()
                    .filter(k -> k != FindingKind.MENISCAL_OR_LABRAL_TEAR).map(FindingKind::label)
                    .collect(Collectors.toSet());
            if (s.objectiveFindings().containsKey(FindingKind.MENISCAL_OR_LABRAL_TEAR)) {
                meniscalTagged++;
                meniscalOnGoldTear += kinds.contains(FindingKind.FULL_THICKNESS_TEAR.label()) ? 1 : 0;
            }
            want.put(item.id(), kinds);
            got.put(item.id(), tagged);
            anyRight += kinds.isEmpty() == tagged.isEmpty() ? 1 : 0;
            count(overturns, "objective_findings " + (kinds.isEmpty() ? "none" : "any"), overturned);
            for (String k : GOLD_KINDS) {
                if (kinds.contains(k)) {
                    count(overturns, "objective_findings has " + k, overturned);
                }
            }

            String goldTrial = item.get("initial_trial_within_limit").strip().toLowerCase(Locale.ROOT);
            goldTrial = goldTrial.isEmpty() ? EMPTY : goldTrial;
            String gotTrial = s.initialTrialWithinLimit() == null ? EMPTY : s.initialTrialWithinLimit().toString();
            trialConfusion.merge(goldTrial + " -> " + gotTrial, 1, Integer::sum);
            if (!goldTrial.equals(EMPTY)) {
                trialGold++;
                trialRight += goldTrial.equals(gotTrial) ? 1 : 0;
            }
            count(overturns, "initial_trial_within_limit " + goldTrial, overturned);
        }
        List<BlindGold.Score> scores = BlindGold.scoresMissingOthers(GOLD_KINDS, want, got);
        Map<String, Overturns> rates = new TreeMap<>();
        overturns.forEach((k, v) -> rates.put(k, new Overturns(v[0], v[1])));
        return new Figures(name, items, partRight, partGold, partTagged, partBoth, procedureBoth, procedureRight,
                procedureMisses, scores,
                meniscalTagged, meniscalOnGoldTear, anyRight, other, trialConfusion, trialGold, trialRight, rates);
    }

    private static void count(Map<String, int[]> overturns, String key, boolean overturned) {
        int[] n = overturns.computeIfAbsent(key, k -> new int[2]);
        n[0] += overturned ? 1 : 0;
        n[1]++;
    }

    /** A true/false gold column; anything else fails naming the item. */
    private static boolean bool(BlindGold.Item item, String column) {
        String v = item.get(column).strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalStateException("item " + item.id() + ": " + column + " is '" + v + "', not true or false");
        };
    }
}
