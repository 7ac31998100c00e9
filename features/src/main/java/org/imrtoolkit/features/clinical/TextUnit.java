package org.imrtoolkit.features.clinical;

import java.util.List;

import org.imrtoolkit.core.nlp.Sentence;

/**
 * A text a rule reads, split into sentences: the item (one sentence) or the summary.
 *
 * @param source    "item" or "summary"
 * @param text      the whole text; spans point into it
 * @param sentences its sentences
 */
public record TextUnit(String source, String text, List<Sentence> sentences) {

    public TextUnit {
        sentences = List.copyOf(sentences);
    }

    /** Offset of the first character of the sentence holding {@code at}; 0 when none does. */
    public int sentenceBeginAt(int at) {
        for (Sentence s : sentences) {
            if (at >= s.begin() && at < s.end()) {
                return s.begin();
            }
        }
        return 0;
    }

    /** The sentence holding offset {@code at}, as text; the whole text when none does. */
    public String sentenceAt(int at) {
        for (Sentence s : sentences) {
            if (at >= s.begin() && at < s.end()) {
                return s.text(text);
            }
        }
        return text;
    }
}
