package org.imrtoolkit.features.lexical;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.imrtoolkit.core.nlp.AnnotatedText;
import org.imrtoolkit.core.nlp.Token;

/**
 * The terms of a text: its lemmas, lower-cased, with every number as {@value #NUMBER}, stopwords and
 * punctuation dropped; and the bigrams of lemmas that stand next to each other in a sentence (a
 * dropped word breaks a bigram, so "sessions of physical therapy" gives "physical therapy" but no
 * "session physical"). Item terms are
 * prefixed {@code item:} so that "MRI" asked for and "MRI" in the history stay apart.
 */
public final class LexicalTerms {

    public static final String NUMBER = "<num>";
    public static final String ITEM_PREFIX = "item:";

    private final Set<String> stopwords;

    public LexicalTerms() {
        stopwords = load();
    }

    /** Terms of a case: the summary's, then the item's with their prefix. */
    public List<String> of(AnnotatedText summary, AnnotatedText item) {
        List<String> terms = new ArrayList<>();
        add(summary, "", terms);
        add(item, ITEM_PREFIX, terms);
        return terms;
    }

    private void add(AnnotatedText text, String prefix, List<String> terms) {
        for (var sentence : text.sentences()) {
            String previous = null;
            for (Token token : sentence.tokens()) {
                String lemma = term(token);
                if (lemma == null) {
                    previous = null;
                    continue;
                }
                terms.add(prefix + lemma);
                if (previous != null) {
                    terms.add(prefix + previous + " " + lemma);
                }
                previous = lemma;
            }
        }
    }

    /** The token's term, or null for a stopword or punctuation. */
    String term(Token token) {
        if (token.isNumber() || Character.isDigit(token.text().charAt(0))) {
            return NUMBER;
        }
        String lemma = token.lemma();
        if (lemma.isEmpty() || !Character.isLetter(lemma.charAt(0)) || stopwords.contains(lemma)) {
            return null;
        }
        return lemma;
    }

    private static Set<String> load() {
        try (InputStream in = LexicalTerms.class.getResourceAsStream("stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource stopwords.txt");
            }
            Set<String> words = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w);
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
