package org.imrtoolkit.features.clinical;

import java.util.List;
import java.util.regex.Matcher;

/** Reads the treatment type and name of an item from the rules in {@code treatments.tsv}. */
public final class TreatmentClassifier {

    private final List<LabeledPatterns.Rule> rules = LabeledPatterns.load(TreatmentClassifier.class, "treatments.tsv");

    /** The first rule that matches decides; {@link TreatmentType#OTHER} with no span when none does. */
    public Match<TreatmentType> classify(String item) {
        for (LabeledPatterns.Rule rule : rules) {
            Matcher m = rule.pattern().matcher(item);
            if (m.find()) {
                return new Match<>(TreatmentType.ofLabel(rule.label()), m.start(), m.end());
            }
        }
        return new Match<>(TreatmentType.OTHER, 0, 0);
    }
}
