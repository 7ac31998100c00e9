package org.imrtoolkit.features.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.imrtoolkit.core.io.LetterReader;
import org.imrtoolkit.core.letter.Case;
import org.imrtoolkit.core.letter.Letter;
import org.imrtoolkit.core.nlp.TextAnnotator;
import org.imrtoolkit.core.testing.SharedData;
import org.imrtoolkit.features.gold.GoldSentences;
import org.junit.jupiter.api.Test;

/**
 * Every therapy item of the shipped letters and of 48 shared letters, hand-labelled for requested
 * sessions, prior visits and treatment type: any wrong value fails.
 */
class TherapyItemsGoldTest {

    @Test
    void requestedSessionsPriorVisitsAndTreatmentTypeAreExact() throws Exception {
        List<String[]> gold = GoldSentences.tsv("/gold/therapy-items.tsv");
        assertTrue(gold.size() >= 36, "gold rows: " + gold.size());
        ClinicalFeatureExtractor extractor = new ClinicalFeatureExtractor(new TextAnnotator());
        LetterReader reader = new LetterReader();
        Map<String, Case> cases = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        for (String[] row : gold) {
            String letterId = row[0].substring(0, row[0].indexOf('/'));
            if (!cases.containsKey(row[0])) {
                Path file = letterId.startsWith("CM")
                        ? SharedData.shared("wc-letters/txt").resolve(letterId + ".txt")
                        : SharedData.dataLetters().resolve(letterId + ".txt");
                Letter letter = reader.read(file);
                letter.cases().forEach(c -> cases.put(c.id(), c));
            }
            ClinicalFeatures f = extractor.extract(Objects.requireNonNull(cases.get(row[0]), row[0]));
            String[] got = {row[0], text(f.requestedSessionsMin()), text(f.requestedSessionsMax()),
                    text(f.priorVisits()), f.treatmentType().label()};
            if (!List.of(row).equals(List.of(got))) {
                wrong.add("expected " + String.join(" ", row) + "\n     got " + String.join(" ", got));
            }
        }
        System.out.println("Therapy items: " + (gold.size() - wrong.size()) + " of " + gold.size() + " exact");
        assertEquals(List.of(), wrong);
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }
}
