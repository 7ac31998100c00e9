package org.imrtoolkit.features.clinical;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/** Finds the body regions a text mentions, from {@code body-regions.tsv}. */
public final class BodyRegions {

    private final List<LabeledPatterns.Rule> rules = LabeledPatterns.load(BodyRegions.class, "body-regions.tsv");

    /** Each region mentioned, with its first mention, in the enum's order. */
    public List<Match<BodyRegion>> find(String text) {
        List<Match<BodyRegion>> found = new ArrayList<>();
        for (BodyRegion region : BodyRegion.values()) {
            int first = -1;
            int end = -1;
            for (LabeledPatterns.Rule rule : rules) {
                if (!rule.label().toUpperCase(Locale.ROOT).equals(region.name())) {
                    continue;
                }
                Matcher m = rule.pattern().matcher(text);
                if (m.find() && (first < 0 || m.start() < first)) {
                    first = m.start();
                    end = m.end();
                }
            }
            if (first >= 0) {
                found.add(new Match<>(region, first, end));
            }
        }
        return found;
    }
}
