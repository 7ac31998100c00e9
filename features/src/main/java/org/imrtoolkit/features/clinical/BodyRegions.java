package org.imrtoolkit.features.clinical;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the body regions a text mentions, from {@code body-regions.tsv}. */
public final class BodyRegions {

    /** All regions' patterns as one alternation with a group per region: one pass over the text. */
    private final Pattern any;

    public BodyRegions() {
        StringBuilder regex = new StringBuilder();
        for (LabeledPatterns.Rule rule : LabeledPatterns.load(BodyRegions.class, "body-regions.tsv")) {
            BodyRegion region = BodyRegion.valueOf(rule.label().toUpperCase(Locale.ROOT));
            if (!regex.isEmpty()) {
                regex.append('|');
            }
            // A region whose patterns cannot start with the character at hand is turned away by one test.
            String first = FirstChars.of(rule.pattern().pattern()).map(c -> "(?=[" + c + "])").orElse("");
            regex.append("(?<").append(group(region)).append('>').append(first).append(rule.pattern().pattern())
                    .append(')');
        }
        // Every region's patterns start with the same test of a word's start (LabeledPatterns): made once
        // a position before the alternation, it turns away the inside of words without trying each region.
        any = Pattern.compile("(?<![\\w-])(?:" + regex + ")", Pattern.CASE_INSENSITIVE);
    }

    /** Each region mentioned, with its first mention, in the enum's order. */
    public List<Match<BodyRegion>> find(String text) {
        Map<BodyRegion, Match<BodyRegion>> first = new EnumMap<>(BodyRegion.class);
        Matcher m = any.matcher(text);
        while (m.find()) {
            for (BodyRegion region : BodyRegion.values()) {
                if (m.start(group(region)) >= 0) {
                    first.putIfAbsent(region, new Match<>(region, m.start(), m.end()));
                    break;
                }
            }
        }
        return new ArrayList<>(first.values());
    }

    /** The regions a text mentions. */
    public Set<BodyRegion> in(String text) {
        Set<BodyRegion> found = EnumSet.noneOf(BodyRegion.class);
        find(text).forEach(m -> found.add(m.value()));
        return found;
    }

    private static String group(BodyRegion region) {
        return region.name().replace("_", "");
    }
}
