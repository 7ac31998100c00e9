package org.imrtoolkit.core.nlp;

import java.util.Objects;

/**
 * One token of annotated text.
 *
 * @param text   the token as written
 * @param begin  offset of its first character in the annotated text
 * @param end    offset after its last character
 * @param lemma  its lemma, lower-cased ("sessions" -> "session")
 * @param number its value when the token is a number, digits or words ("12", "twelve", "2.5"); else null
 */
public record Token(String text, int begin, int end, String lemma, Double number) {

    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lemma, "lemma");
    }

    public boolean isNumber() {
        return number != null;
    }
}
