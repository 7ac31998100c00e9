package org.imrtoolkit.core.nlp;

import java.util.List;
import java.util.Objects;

/**
 * A text with its sentences and tokens; every offset points into {@link #text()}.
 */
public record AnnotatedText(String text, List<Sentence> sentences) {

    public AnnotatedText {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
    }

    public List<Token> tokens() {
        return sentences.stream().flatMap(s -> s.tokens().stream()).toList();
    }
}
