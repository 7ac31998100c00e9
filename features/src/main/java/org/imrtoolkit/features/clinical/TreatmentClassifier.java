package org.imrtoolkit.features.clinical;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the treatment type and name of an item from the rules in {@code treatments.tsv}. */
public final class TreatmentClassifier {

    /**
     * "Associated surgical service: cold therapy unit" asks for the cold therapy unit, not for
     * surgery: the prefix only says the service goes with a surgery, so the type is read from
     * what follows it.
     */
    private static final Pattern ASSOCIATED = Pattern.compile(
            "^\\W*(?:associated|related|ancillary|post-?op(?:erative)?|peri-?operative)\\s+surgical\\s+services?\\s*:\\s*",
            Pattern.CASE_INSENSITIVE);

    private final List<LabeledPatterns.Rule> rules = LabeledPatterns.load(TreatmentClassifier.class, "treatments.tsv");
    /**
     * For each rule, words one of which its every match holds (null when its pattern does not tell):
     * an item holding none of them cannot match it, and the test costs less than the search.
     */
    private final List<RequiredWords.Needles> words = rules.stream()
            .map(r -> RequiredWords.of(r.pattern().pattern()).map(w -> new RequiredWords.Needles(List.copyOf(w)))
                    .orElse(null))
            .toList();

    /** The first rule that matches decides; {@link TreatmentType#OTHER} with no span when none does. */
    public Match<TreatmentType> classify(String item) {
        Matcher prefix = ASSOCIATED.matcher(item);
        int from = prefix.lookingAt() && prefix.end() < item.length() ? prefix.end() : 0;
        String lower = RequiredWords.lower(item);
        for (int i = 0; i < rules.size(); i++) {
            LabeledPatterns.Rule rule = rules.get(i);
            if (words.get(i) != null && !words.get(i).in(lower)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(item);
            m.region(from, item.length());
            if (m.find()) {
                return new Match<>(TreatmentType.ofLabel(rule.label()), m.start(), m.end());
            }
        }
        return new Match<>(TreatmentType.OTHER, 0, 0);
    }
}
