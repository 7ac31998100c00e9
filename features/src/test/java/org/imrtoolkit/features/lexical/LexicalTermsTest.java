package org.imrtoolkit.features.lexical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.imrtoolkit.core.nlp.TextAnnotator;
import org.junit.jupiter.api.Test;

class LexicalTermsTest {

    private static final TextAnnotator ANNOTATOR = new TextAnnotator();
    private final LexicalTerms terms = new LexicalTerms();

    @Test
    void lemmatisedUnigramsAndBigramsWithNumbersFolded() {
        List<String> t = terms.of(ANNOTATOR.annotate("She completed twelve sessions of Physical Therapy."),
                ANNOTATOR.annotate("MRI of the knee"));
        // A stopword ("of") breaks a bigram: no "session physical".
        assertEquals(List.of("complete", "<num>", "complete <num>", "session", "<num> session", "physical",
                "therapy", "physical therapy", "item:mri", "item:knee"), t);
        assertFalse(t.contains("the"), "stopwords are dropped");
    }

    @Test
    void negationsAreKept() {
        List<String> t = terms.of(ANNOTATOR.annotate("There was no improvement."), ANNOTATOR.annotate(""));
        assertTrue(t.contains("no improvement"), t.toString());
    }

    @Test
    void vocabularyKeepsTermsUsedByEnoughCases() {
        Vocabulary v = Vocabulary.fit(List.of(List.of("pain", "knee", "knee"), List.of("pain", "back"),
                List.of("pain", "knee")), 2);
        assertEquals(List.of("knee", "pain"), v.terms());
        assertEquals(List.of(2, 3), v.documentFrequency());
        assertEquals(3, v.documents());
        assertEquals(Map.of(0, 2, 1, 1), v.counts(List.of("knee", "knee", "pain", "elbow")));
        assertEquals(-1, v.indexOf("back"));
    }
}
