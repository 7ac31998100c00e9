package org.imrtoolkit.core.nlp;

import java.util.List;

/**
 * One sentence of annotated text.
 *
 * @param index  its position in the text, from 0
 * @param begin  offset of its first character
 * @param end    offset after its last character
 * @param tokens its tokens, in order
 */
public record Sentence(int index, int begin, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The sentence's text, cut from the text it was annotated in. */
    public String text(String source) {
        return source.substring(begin, end);
    }
}
