package org.imrtoolkit.reasons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.imrtoolkit.features.clinical.DenialReason;
import org.imrtoolkit.core.io.LetterReader;
import org.imrtoolkit.core.nlp.TextAnnotator;
import org.imrtoolkit.core.testing.SharedData;
import org.imrtoolkit.core.io.TsvResource;
import org.junit.jupiter.api.Test;

/** Every hand-tagged item's reasons and cited limit, exactly. */
class ReasonTaggerGoldTest {

    @Test
    void everyTaggedItemMatchesExactly() throws Exception {
        List<String[]> gold = TsvResource.rows(ReasonTaggerGoldTest.class, "/gold/reasons.tsv");
        assertTrue(gold.size() >= 39, "gold items: " + gold.size());
        ReasonTagger tagger = new ReasonTagger(new TextAnnotator());
        LetterReader reader = new LetterReader();
        Map<String, ItemReasons> tagged = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        for (String[] row : gold) {
            String letterId = row[0].substring(0, row[0].indexOf('/'));
            if (!tagged.containsKey(row[0])) {
                Path file = letterId.startsWith("CM")
                        ? SharedData.shared("wc-letters/txt").resolve(letterId + ".txt")
                        : SharedData.dataLetters().resolve(letterId + ".txt");
                tagger.tag(reader.read(file)).forEach(r -> tagged.put(r.id(), r));
            }
            ItemReasons r = tagged.get(row[0]);
            List<String> got = new ArrayList<>(List.of(row[0]));
            for (DenialReason reason : DenialReason.values()) {
                got.add(r.has(reason) ? "1" : "0");
            }
            got.add(r.limitCited());
            if (!got.equals(List.of(row))) {
                wrong.add("expected " + String.join(" ", row) + "\n     got " + String.join(" ", got) + "\n     " + r.reasons());
            }
        }
        assertEquals(List.of(), wrong);
    }
}
