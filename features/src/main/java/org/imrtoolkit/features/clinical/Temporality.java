package org.imrtoolkit.features.clinical;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The temporality rules of {@code temporality.rules}: the words that say a treatment or a count was
 * done in the past, planned, requested or denied, one section per reader (prior visits, prior
 * therapy, surgery history, requested sessions). Each reader compiles the sections it needs once.
 */
final class Temporality {

    private static final Map<String, List<String>> SECTIONS = Map.copyOf(RuleSet.lines(Temporality.class,
            "temporality.rules"));

    private Temporality() {
    }

    /** Any expression of the sections, as a whole word: {@code \b(?:a|b|...)\b}, in the file's order. */
    static Pattern words(String... sections) {
        return Pattern.compile("\\b(?:" + alternatives(sections) + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    /** Any expression of the sections, first in the text but for punctuation and spaces. */
    static Pattern leading(String... sections) {
        return Pattern.compile("^\\W*(?:" + alternatives(sections) + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    private static String alternatives(String... sections) {
        StringBuilder s = new StringBuilder();
        for (String section : sections) {
            List<String> rules = SECTIONS.get(section);
            if (rules == null) {
                throw new IllegalStateException("temporality.rules has no section [" + section + "]");
            }
            for (String rule : rules) {
                s.append(s.isEmpty() ? "" : "|").append(rule);
            }
        }
        return s.toString();
    }
}
