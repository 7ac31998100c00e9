package org.imrtoolkit.core.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextAnnotatorTest {

    private static TextAnnotator annotator;

    @BeforeAll
    static void build() {
        annotator = new TextAnnotator();
    }

    private static final String TEXT = "She has completed twelve sessions of physical therapy. "
            + "The request is for 2x6 visits, i.e. 3 times a week for twenty-four weeks.";

    @Test
    void sentencesTokensAndOffsets() {
        AnnotatedText a = annotator.annotate(TEXT);
        assertEquals(2, a.sentences().size());
        assertEquals("She has completed twelve sessions of physical therapy.", a.sentences().get(0).text(TEXT));
        for (Token t : a.tokens()) {
            assertEquals(t.text(), TEXT.substring(t.begin(), t.end()), "offsets point into the text");
        }
    }

    @Test
    void lemmasAndNumbers() {
        List<Token> tokens = annotator.annotate(TEXT).tokens();
        Token twelve = find(tokens, "twelve");
        assertEquals(12.0, twelve.number());
        assertEquals("session", find(tokens, "sessions").lemma());
        assertEquals("complete", find(tokens, "completed").lemma());
        assertEquals("she", find(tokens, "She").lemma());
        assertEquals(3.0, find(tokens, "3").number());
        assertNull(find(tokens, "therapy").number());
    }

    @Test
    void untaggedLemmasLeaveUninflectedWordsAlone() {
        var morph = new edu.stanford.nlp.process.Morphology();
        assertEquals("no", TextAnnotator.untaggedLemma("No", morph));
        assertEquals("left", TextAnnotator.untaggedLemma("left", morph));
        assertEquals("mri", TextAnnotator.untaggedLemma("MRI", morph));
        assertEquals("myalgia", TextAnnotator.untaggedLemma("myalgia", morph));
        assertEquals("diagnosis", TextAnnotator.untaggedLemma("diagnosis", morph));
        assertEquals("status", TextAnnotator.untaggedLemma("status", morph));
        assertEquals("session", TextAnnotator.untaggedLemma("sessions", morph));
        assertEquals("injection", TextAnnotator.untaggedLemma("injections", morph));
        assertEquals("complete", TextAnnotator.untaggedLemma("completed", morph));
        assertEquals("radiate", TextAnnotator.untaggedLemma("radiating", morph));
    }

    @Test
    void numberWords() {
        assertEquals(24.0, TextAnnotator.number("twenty-four"));
        assertEquals(1500.0, TextAnnotator.number("1,500"));
        assertEquals(2.5, TextAnnotator.number("2.5"));
        assertNull(TextAnnotator.number("2x6"));
        assertNull(TextAnnotator.number("7-24-10"));
        assertNull(TextAnnotator.number("often"));
    }

    @Test
    void taggedLemmatizationAgreesOnClinicalWords() {
        TextAnnotator tagged = new TextAnnotator(Lemmatization.TAGGED);
        List<Token> tokens = tagged.annotate(TEXT).tokens();
        assertEquals("session", find(tokens, "sessions").lemma());
        assertEquals("complete", find(tokens, "completed").lemma());
        assertEquals(12.0, find(tokens, "twelve").number());
    }

    @Test
    void oneAnnotatorServesManyThreads() throws Exception {
        AnnotatedText expected = annotator.annotate(TEXT);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AnnotatedText>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> annotator.annotate(TEXT)));
            }
            for (Future<AnnotatedText> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static Token find(List<Token> tokens, String text) {
        return tokens.stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no token " + text + " in " + tokens));
    }

    @Test
    void textOverTheLimitIsRefusedBeforeCoreNlpSeesIt() {
        String big = "a ".repeat(TextAnnotator.MAX_CHARS / 2 + 1);
        org.imrtoolkit.core.io.InputLimitException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(5), () -> org.junit.jupiter.api.Assertions.assertThrows(
                        org.imrtoolkit.core.io.InputLimitException.class, () -> annotator.annotate(big)));
        assertEquals("the text is 2,097,154 characters, over the 2,097,152-character limit for annotating one case",
                e.getMessage());
    }
}
