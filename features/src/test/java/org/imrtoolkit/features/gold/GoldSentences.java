package org.imrtoolkit.features.gold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.imrtoolkit.core.nlp.AnnotatedText;
import org.imrtoolkit.core.nlp.Sentence;
import org.imrtoolkit.core.nlp.TextAnnotator;
import org.imrtoolkit.core.testing.SharedData;
import org.imrtoolkit.core.io.TsvResource;

/**
 * Reads a gold file of (letter, phrase, label) rows and finds each phrase's sentence in the real
 * letter: from {@code data/letters} for the shipped letters, from {@code ../shared/wc-letters/txt}
 * for the others. The letters' text is never stored with the gold.
 */
public final class GoldSentences {

    /** One labelled sentence. */
    public record Row(String letter, String phrase, String label, String sentence) {
    }

    private GoldSentences() {
    }

    public static List<Row> load(String resource, TextAnnotator annotator) throws IOException {
        List<String[]> rows = tsv(resource);
        Map<String, AnnotatedText> letters = new HashMap<>();
        List<Row> out = new ArrayList<>();
        for (String[] r : rows) {
            AnnotatedText text = letters.computeIfAbsent(r[0], id -> annotator.annotate(letterText(id)));
            int at = text.text().indexOf(r[1]);
            if (at < 0) {
                throw new IllegalStateException(resource + ": phrase not in " + r[0] + ": " + r[1]);
            }
            out.add(new Row(r[0], r[1], r[2], sentenceAt(text, at)));
        }
        return out;
    }

    /** Data rows of a tab-separated gold resource: '#' comments and the header line skipped. */
    public static List<String[]> tsv(String resource) {
        return TsvResource.rows(GoldSentences.class, resource);
    }

    /** A letter's whole text, whitespace folded as the gold phrases were written. */
    public static String letterText(String id) {
        Path file = id.startsWith("CM")
                ? SharedData.shared("wc-letters/txt").resolve(id + ".txt")
                : SharedData.dataLetters().resolve(id + ".txt");
        try {
            return Files.readString(file).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sentenceAt(AnnotatedText text, int at) {
        for (Sentence s : text.sentences()) {
            if (at >= s.begin() && at < s.end()) {
                return s.text(text.text());
            }
        }
        throw new IllegalStateException("no sentence at " + at);
    }
}
