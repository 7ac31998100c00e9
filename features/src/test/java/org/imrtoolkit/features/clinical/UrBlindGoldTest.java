package org.imrtoolkit.features.clinical;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * 0.50), ur_decision 42 of 44.
 *
 * <p>Round 2 (rules written from the 84 dev letters and their gold, {@link UrDevGoldTest}, and
 * frozen before this was run once, on the committed gold; no rule changed after): all 92 items,
 * reasons micro precision 0.91 recall 0.42 (20 of 48 gold reasons, 22 tagged; adjunct_to_denied 13
 * of 14, criteria_not_met 4 of 16, no_conservative_care_trial 0 of 6, not_recommended 2 of 7,
 * no_red_flags 1 of 4), ur_decision 80 of 92 (0.87; still 12 gold non_certified called unknown),
 * ur_modified 92 of 92, gold unknown also unknown 2 of 2. The 27 letters of blind-27: reasons 3 of
 * 22 (precision 1.00), ur_decision 37 of 48; the 18 others: reasons 17 of 26 (precision 0.89),
 * ur_decision 43 of 44.
 *
 * <p>Round 3 split the 45 letters before writing a rule ({@link BlindGold#round3HeldOut}): rules
 * were written from half A (22 letters, 40 items) and the 84 dev letters; half B (23 letters, 52
 * items) stayed held out and was measured once after. Half B before (round 2's rules): reasons
 * micro precision 1.00 recall 0.48 (13 of 27, all adjunct_to_denied; 0 of the 13 others),
 * ur_decision 43 of 52. After: precision 0.89 recall 0.63 (17 of 27; 4 of the 13 others:
 * criteria_not_met 2 of 7, not_recommended 2 of 4, no_conservative_care_trial 0 of 2),
 * ur_decision 51 of 52, ur_modified 52 of 52 (measured again, unchanged, after one more fix found
 * by a half-A test: the summary's own expressions now count before criteria_not_met's last resort).
 * Half A (development since round 3): 0.78 / 0.33 before, 0.89 / 0.81 after, ur_decision 37 then 40
 * of 40. All 92 after: 0.89 / 0.71 (34 of 48; 38 tagged), ur_decision 91 of 92. Floors a little below the figures after round 3: on half B, micro
 * precision 0.85 and recall 0.58, ur_decision accuracy 0.95; on all 92 items, precision 0.85,
 * recall 0.66, ur_decision accuracy 0.95, ur_modified accuracy 0.97, unknown agreement 0.90 (each
 * where defined).
 */
class UrBlindGoldTest {

    @Test
    void urAccountOnTheIssue18BlindGold() throws Exception {
        List<BlindGold.Item> gold = BlindGold.itemsOrSkip(BlindGold.BLIND_45, BlindGold.ISSUE18_COLUMNS,
                "issue 18 blind gold", "UrBlindGoldTest measures the UR account");
        Map<String, ClinicalFeatures> features = UrGoldMeasure.extract(BlindGold.BLIND_45, gold);
        Set<String> blind27 = BlindGold.letterIds();
        UrGoldMeasure.Figures all = UrGoldMeasure.figures("issue 18's blind gold, all 45 letters", gold, features, i -> true);
        all.print();
        UrGoldMeasure.figures("its 27 letters of blind-27.tsv", gold, features, i -> blind27.contains(i.letterId())).print();
        UrGoldMeasure.figures("its 18 other letters (issue 10's rules were written from them)", gold, features,
                i -> !blind27.contains(i.letterId())).print();
        Set<String> heldOut = BlindGold.round3HeldOut(gold);
        UrGoldMeasure.Figures halfA = UrGoldMeasure.figures("round 3's half A (22 letters; round-3 rules written from them)",
                gold, features, i -> !heldOut.contains(i.letterId()));
        halfA.print();
        // Half A is development material since round 3: its disagreements may be read; half B's are never written.
        halfA.writeDisagreements(Path.of("target", "ur-blind-half-a-disagreements.txt"));
        UrGoldMeasure.Figures halfB = UrGoldMeasure.figures("round 3's half B (23 letters held out)", gold, features,
                i -> heldOut.contains(i.letterId()));
        halfB.print();

        BlindGold.Score micro = all.micro();
        assertTrue(!(micro.precision() < 0.85), "UR reasons micro precision " + micro);
        assertTrue(!(micro.recall() < 0.66), "UR reasons micro recall " + micro);
        assertTrue(all.decisionAccuracy() >= 0.95, "ur_decision accuracy " + all.decisionAccuracy());
        assertTrue(all.modifiedAccuracy() >= 0.97, "ur_modified accuracy " + all.modifiedAccuracy());
        assertTrue(!(all.unknownAgreement() < 0.90), "unknown agreement " + all.unknownAgreement());
        assertTrue(!(halfB.micro().precision() < 0.85), "half B: UR reasons micro precision " + halfB.micro());
        assertTrue(!(halfB.micro().recall() < 0.58), "half B: UR reasons micro recall " + halfB.micro());
        assertTrue(halfB.decisionAccuracy() >= 0.95, "half B: ur_decision accuracy " + halfB.decisionAccuracy());
    }
}
