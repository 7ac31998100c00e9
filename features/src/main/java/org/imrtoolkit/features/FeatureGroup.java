package org.imrtoolkit.features;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The features of a case in groups that are computed together, each by its own rules: a command
 * computes only the groups it reads (see {@link Demand}). A group names the features it gives (as
 * {@code ClinicalFeatures}, the evidence and the model's named inputs call them) and the groups its
 * rules read first.
 */
public enum FeatureGroup {
    /** treatment_type (and the treatment's name), from the item. */
    TREATMENT("treatment_type", "treatment_name"),
    /** requested_sessions_min, _max: from the item, else the summary's request sentence. */
    REQUESTED_SESSIONS("requested_sessions", "requested_sessions_min", "requested_sessions_max"),
    /** prior_visits, prior_therapy. */
    PRIOR_VISITS("prior_visits", "prior_therapy"),
    /** functional_improvement. */
    FUNCTIONAL_IMPROVEMENT("functional_improvement"),
    /** item_body_regions, summary_body_regions. */
    BODY_REGIONS("item_body_regions", "summary_body_regions"),
    /** age, sex: read with the letter, nothing to compute. */
    DEMOGRAPHICS("age", "sex"),
    /** months_since_injury. */
    INJURY_TIME("months_since_injury"),
    /** post_surgical, months_since_surgery. */
    SURGERY("post_surgical", "months_since_surgery"),
    /** diagnosis_group (which reads whether and when there was surgery). */
    DIAGNOSIS_GROUP("diagnosis_group"),
    /** guideline_limit, exceeds_guideline: the MTUS limit for the treatment, group and improvement. */
    GUIDELINE("guideline_limit", "exceeds_guideline"),
    /** work_status. */
    WORK_STATUS("work_status"),
    /** ur_decision, ur_modified and the ur_reason_* the summary reports for the item. */
    UR_ACCOUNT("ur_decision", "ur_modified"),
    /**
     * The overturn signals of issue 18: part_of_surgery_request (and procedure_item),
     * objective_findings (read for the item's body regions), initial_trial_within_limit (which
     * reads the treatment, the sessions asked and the diagnosis group).
     */
    SIGNALS("part_of_surgery_request", "procedure_item", "objective_findings", "initial_trial_within_limit"),
    /** The lemma uni- and bigrams of the summary and the item: the one group that needs lemmas. */
    LEXICAL();

    private static final String UR_REASON = "ur_reason_";

    private final List<String> features;

    FeatureGroup(String... features) {
        this.features = List.of(features);
    }

    /** The groups whose values this group's rules read. */
    public Set<FeatureGroup> requires() {
        return switch (this) {
            case REQUESTED_SESSIONS -> EnumSet.of(TREATMENT);
            case DIAGNOSIS_GROUP -> EnumSet.of(SURGERY);
            case SIGNALS -> EnumSet.of(TREATMENT, REQUESTED_SESSIONS, BODY_REGIONS, DIAGNOSIS_GROUP);
            case GUIDELINE -> EnumSet.of(TREATMENT, REQUESTED_SESSIONS, PRIOR_VISITS, DIAGNOSIS_GROUP,
                    FUNCTIONAL_IMPROVEMENT);
            default -> EnumSet.noneOf(FeatureGroup.class);
        };
    }

    /**
     * Whether the group reads the summary's sentences (its rules, or the sentence its evidence
     * quotes); only the lexical group needs the summary's tokens and lemmas too.
     */
    public boolean readsSummarySentences() {
        return switch (this) {
            case TREATMENT, DEMOGRAPHICS, INJURY_TIME, GUIDELINE -> false;
            default -> true;
        };
    }

    /** The group giving a feature ("ur_reason_not_recommended", "prior_therapy"); null when none does. */
    public static FeatureGroup of(String feature) {
        if (feature.startsWith(UR_REASON)) {
            return UR_ACCOUNT;
        }
        for (FeatureGroup g : values()) {
            if (g.features.contains(feature)) {
                return g;
            }
        }
        return null;
    }
}
