package org.imrtoolkit.features.clinical;

import java.util.ArrayList;
import java.util.List;

import org.imrtoolkit.core.nlp.Sentence;

/** Case summaries written in tests, and the UR's account of an item read from one. */
final class UrSummaries {

    /** Immutable, so one serves every test. */
    static final UtilizationReviewAccount UR = new UtilizationReviewAccount(new ReasonRules());

    private UrSummaries() {
    }

    /** A summary whose sentences are the given strings, joined by a space and split where each ends. */
    static TextUnit summary(String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> split = new ArrayList<>();
        for (String s : sentences) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            split.add(new Sentence(split.size(), text.length(), text.length() + s.length(), List.of()));
            text.append(s);
        }
        return new TextUnit("summary", text.toString(), split);
    }

    /** The UR's account of an item, read from a summary of the given sentences. */
    static UtilizationReviewAccount.ItemAccount account(String item, String... sentences) {
        return UR.forItem(UR.clauses(summary(sentences)), item);
    }
}
