package org.imrtoolkit.features.clinical;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a therapy item is a first trial within the guideline's initial-trial limit: no prior
 * therapy of that kind documented (the item asks for no "additional" or "continued" course, and no
 * summary sentence says the patient had one), and the visits asked for at or under the limit of
 * {@code guideline-limits.tsv}'s "initial_" rows. Kinds of course are those of
 * {@code initial-trial.rules}. Thread-safe.
 */
public final class InitialTrial {

    /** The course kinds a psych item may ask for, in the order they are looked for. */
    private static final String[] PSYCH_KINDS = {"biofeedback", "psychotherapy"};

    /**
     * What was found.
     *
     * @param within the value: null when the item is no therapy course or its count or limit is not known
     * @param kind   the kind of course ("physical_therapy", "psychotherapy")
     * @param limit  the initial-trial limit that applied, if any
     * @param prior  where the summary documents a prior course of that kind, or the item's word that
     *               asks to continue one; null when none
     * @param priorSource where {@code prior} was read: "item" or "summary"; null with no prior
     */
    public record Result(Boolean within, String kind, GuidelineLimit limit, Match<String> prior, String priorSource) {

        static final Result NONE = new Result(null, null, null, null, null);
    }

    private final RuleSet rules = RuleSet.load(InitialTrial.class, "initial-trial.rules");
    private final Pattern continuation = rules.section("continuation");
    private final GuidelineLimits limits;

    public InitialTrial(GuidelineLimits limits) {
        this.limits = limits;
    }

    /** The kind of course an item asks for, or null when it asks for none. */
    public String kind(String item, TreatmentType type) {
        if (type.physicalMedicine()) {
            return type.label();
        }
        if (type == TreatmentType.PSYCH) {
            for (String kind : PSYCH_KINDS) {
                if (rules.section(kind).matcher(item).find()) {
                    return kind;
                }
            }
        }
        return null;
    }

    public Result read(String item, TreatmentType type, DiagnosisGroup group, Integer requestedMax, TextUnit summary) {
        String kind = kind(item, type);
        if (kind == null) {
            return Result.NONE;
        }
        Optional<GuidelineLimit> limit = limits.initialTrial(type, group, kind);
        Matcher more = continuation.matcher(item);
        if (more.find()) {
            return new Result(false, kind, limit.orElse(null), new Match<>(more.group(), more.start(), more.end()), "item");
        }
        Optional<Match<String>> prior = PriorVisits.hadCourse(rules.section(kind), summary);
        if (prior.isPresent()) {
            return new Result(false, kind, limit.orElse(null), prior.get(), "summary");
        }
        if (limit.isEmpty() || requestedMax == null) {
            return new Result(null, kind, limit.orElse(null), null, null);
        }
        return new Result(requestedMax <= limit.get().maxVisits(), kind, limit.get(), null, null);
    }
}
