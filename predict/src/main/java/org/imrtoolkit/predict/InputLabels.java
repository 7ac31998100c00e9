package org.imrtoolkit.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.imrtoolkit.features.Evidence;
import org.imrtoolkit.features.clinical.BodyRegion;
import org.imrtoolkit.features.clinical.ClinicalFeatures;
import org.imrtoolkit.features.clinical.FindingKind;
import org.imrtoolkit.features.clinical.ItemSignals;
import org.imrtoolkit.features.clinical.UrDecision;
import org.imrtoolkit.features.clinical.DenialReason;

/**
 * What a model input or a named feature says about a case, in words an analyst reads ("requests 12
 * visits; the guideline allows up to 10", "the UR cited no functional improvement"). The one place
 * such labels are made: the predictions CSV, JSON lines and HTML all use it, so they never disagree.
 * Labels carry the case's own values (its visit counts, its months), not the scaled model inputs.
 */
public final class InputLabels {

    private InputLabels() {
    }

    /**
     * The label of model input {@code input} ("prior_visits", "sex=male", "term:home exercise",
     * "category:Type=Urgent Care") for the case with features {@code f}; with {@code f} null, the
     * label of the input itself, as a model card lists it.
     */
    public static String label(String input, ClinicalFeatures f) {
        if (f == null) {
            String general = general(input);
            if (general != null) {
                return general;
            }
        }
        if (input.startsWith("term:")) {
            return "term '" + input.substring("term:".length()) + "'";
        }
        if (input.startsWith("category:")) {
            String c = input.substring("category:".length());
            int eq = c.indexOf('=');
            return eq < 0 ? c : c.substring(0, eq) + ": " + (eq == c.length() - 1 ? "(blank)" : c.substring(eq + 1));
        }
        int eq = input.indexOf('=');
        String name = eq < 0 ? input : input.substring(0, eq);
        String value = eq < 0 ? null : input.substring(eq + 1);
        if (name.startsWith("ur_reason_")) {
            return "the UR cited " + urReason(name.substring("ur_reason_".length()));
        }
        return switch (name) {
            case "requested_sessions" -> requested(f);
            case "requested_sessions_missing" -> "no visit count in the request";
            case "prior_visits" -> prior(f);
            case "prior_visits_missing" -> "no count of prior visits in the summary";
            case "prior_therapy" -> "prior therapy (PT, OT, chiropractic or acupuncture) documented";
            case "functional_improvement" -> functionalImprovement(value);
            case "treatment_type" -> "treatment: " + words(value);
            case "item_body_regions" -> "the item concerns the " + region(value);
            case "summary_body_regions" -> "the summary mentions the " + region(value);
            case "age" -> f.age() == null ? "age" : "age " + f.age();
            case "age_missing" -> "age not stated";
            case "sex" -> "unknown".equals(value) ? "sex not stated" : "sex: " + value;
            case "months_since_injury" -> f.monthsSinceInjury() == null ? "time since injury"
                    : "injured " + count(f.monthsSinceInjury(), "month") + " before the latest date in the summary";
            case "months_since_injury_missing" -> "date of injury or of the latest visit not stated";
            case "post_surgical" -> f.monthsSinceSurgery() == null ? "post-surgical"
                    : "post-surgical (" + count(f.monthsSinceSurgery(), "month") + " after surgery)";
            case "months_since_surgery" -> f.monthsSinceSurgery() == null ? "time since surgery"
                    : count(f.monthsSinceSurgery(), "month") + " since surgery";
            case "months_since_surgery_missing" -> "date of surgery not stated";
            case "diagnosis_group" -> "diagnosis group: " + words(value);
            case "guideline_limit" -> f.guidelineLimit() == null ? "no guideline visit limit applies"
                    : "the guideline allows up to " + count(f.guidelineLimit(), "visit");
            case "exceeds_guideline" -> exceeds(value, f);
            // This item's own UR decision, not a "modified duty" or an "activity modification".
            case "ur_modified" -> "the UR modified this item (certified less than was asked)";
            case "ur_decision" -> urDecision(value);
            case "part_of_surgery_request" -> surgeryRequest(f);
            case "procedure_item" -> f.signals().procedureItem() == null
                    ? "the procedure is not among this letter's items" : "the procedure is item " + f.signals().procedureItem();
            case "objective_findings" -> finding(value, f);
            case "initial_trial_within_limit" -> initialTrial(value, f);
            case "work_status" -> switch (value == null ? "unknown" : value) {
                case "ttd" -> "work status: temporarily totally disabled";
                case "unknown" -> "work status not stated";
                default -> "work status: " + words(value);
            };
            default -> value == null ? words(name) : words(name) + ": " + words(value);
        };
    }

    /** The label of an input whose case label needs the case's values; null for those the labels below give without a case. */
    private static String general(String input) {
        return switch (input) {
            case "requested_sessions" -> "requested visits (per 12)";
            case "prior_visits" -> "prior visits (per 12)";
            case "age" -> "age (per 50 years)";
            case "months_since_injury" -> "months since injury (log scale, 1 at a year)";
            case "months_since_surgery" -> "months since surgery (log scale, 1 at a year)";
            case "post_surgical" -> "post-surgical";
            case "guideline_limit" -> "a guideline visit limit applies";
            case "exceeds_guideline=true" -> "prior and requested visits exceed the guideline limit";
            case "exceeds_guideline=false" -> "prior and requested visits within the guideline limit";
            case "exceeds_guideline=unknown" -> "not known whether the guideline limit is exceeded";
            case "initial_trial_within_limit=true" -> "a first course of therapy within the guideline's initial trial";
            case "initial_trial_within_limit=false" -> "not a first trial: prior therapy of the kind, or more visits than the trial";
            default -> null;
        };
    }

    /**
     * Every named feature of a case, each with its label and the evidence it was read from (null for
     * those without a sentence, such as an age from the header or a guideline limit from the rules).
     */
    public static List<Fact> facts(ClinicalFeatures f) {
        List<Fact> facts = new ArrayList<>();
        add(facts, f, "requested_sessions_max", f.requestedSessionsMax() == null ? "requested_sessions_missing"
                : "requested_sessions", str(f.requestedSessionsMax()));
        add(facts, f, "prior_visits", f.priorVisits() == null ? "prior_visits_missing" : "prior_visits",
                str(f.priorVisits()));
        if (f.priorTherapy()) {
            add(facts, f, "prior_therapy", "prior_therapy", "true");
        }
        add(facts, f, "functional_improvement", "functional_improvement=" + f.functionalImprovement().label(),
                f.functionalImprovement().label());
        add(facts, f, "treatment_type", "treatment_type=" + f.treatmentType().label(), f.treatmentType().label());
        for (BodyRegion r : sorted(f.itemBodyRegions())) {
            add(facts, f, "item_body_regions", "item_body_regions=" + r.label(), r.label());
        }
        for (BodyRegion r : sorted(f.summaryBodyRegions())) {
            add(facts, f, "summary_body_regions", "summary_body_regions=" + r.label(), r.label());
        }
        add(facts, f, "age", f.age() == null ? "age_missing" : "age", str(f.age()));
        add(facts, f, "sex", "sex=" + f.sex().label(), f.sex().label());
        add(facts, f, "months_since_injury", f.monthsSinceInjury() == null ? "months_since_injury_missing"
                : "months_since_injury", str(f.monthsSinceInjury()));
        if (f.postSurgical()) {
            add(facts, f, "post_surgical", "post_surgical", "true");
        }
        add(facts, f, "diagnosis_group", "diagnosis_group=" + f.diagnosisGroup().label(), f.diagnosisGroup().label());
        add(facts, f, "guideline_limit", "guideline_limit", str(f.guidelineLimit()));
        String exceeds = f.exceedsGuideline() == null ? "unknown" : f.exceedsGuideline().toString();
        add(facts, f, "exceeds_guideline", "exceeds_guideline=" + exceeds, exceeds);
        if (f.urModified()) {
            add(facts, f, "ur_modified", "ur_modified", "true");
        }
        add(facts, f, "work_status", "work_status=" + f.workStatus().label(), f.workStatus().label());
        add(facts, f, "ur_decision", "ur_decision=" + f.urDecision().label(), f.urDecision().label());
        for (DenialReason r : f.urReasons().stream().sorted().toList()) {
            add(facts, f, r.feature(), r.feature(), "true");
        }
        ItemSignals signals = f.signals();
        if (signals.partOfSurgeryRequest()) {
            add(facts, f, "part_of_surgery_request", "part_of_surgery_request", "true");
            add(facts, f, "procedure_item", "procedure_item",
                    signals.procedureItem() == null ? "absent" : signals.procedureItem().toString());
        }
        for (FindingKind kind : signals.objectiveFindings().keySet()) {
            add(facts, f, "objective_findings", "objective_findings=" + kind.label(), kind.label());
        }
        if (signals.initialTrialWithinLimit() != null) {
            String within = signals.initialTrialWithinLimit().toString();
            add(facts, f, "initial_trial_within_limit", "initial_trial_within_limit=" + within, within);
        }
        return facts;
    }

    /**
     * One named feature of a case.
     *
     * @param feature  the feature's name, as {@code imr features} writes it
     * @param value    its value; empty when the letter does not say
     * @param label    what it says, in words
     * @param evidence the sentence it was read from, or null
     */
    public record Fact(String feature, String value, String label, Evidence evidence) {
    }

    private static void add(List<Fact> facts, ClinicalFeatures f, String feature, String input, String value) {
        facts.add(new Fact(feature, value, label(input, f), evidence(f, feature, value)));
    }

    /** The first evidence of a feature with this value (any value when empty), else its first evidence; null when none. */
    static Evidence evidence(ClinicalFeatures f, String feature, String value) {
        for (Evidence e : f.evidence()) {
            if (e.feature().equals(feature) && (value.isEmpty() || e.value().equals(value))) {
                return e;
            }
        }
        for (Evidence e : f.evidence()) {
            if (e.feature().equals(feature)) {
                return e;
            }
        }
        return null;
    }

    private static List<BodyRegion> sorted(java.util.Set<BodyRegion> regions) {
        return regions.stream().sorted().toList();
    }

    private static String str(Integer n) {
        return n == null ? "" : n.toString();
    }

    private static String requested(ClinicalFeatures f) {
        if (f.requestedSessionsMax() == null) {
            return "requested visits";
        }
        String asked = f.requestedSessionsMin() != null && !f.requestedSessionsMin().equals(f.requestedSessionsMax())
                ? f.requestedSessionsMin() + "-" + f.requestedSessionsMax() + " visits"
                : count(f.requestedSessionsMax(), "visit");
        return f.guidelineLimit() == null ? "requests " + asked
                : "requests " + asked + "; the guideline allows up to " + f.guidelineLimit();
    }

    private static String prior(ClinicalFeatures f) {
        if (f.priorVisits() == null) {
            return "prior visits";
        }
        String s = count(f.priorVisits(), "prior visit");
        return f.guidelineLimit() == null ? s : s + ", guideline limit " + f.guidelineLimit();
    }

    private static String exceeds(String value, ClinicalFeatures f) {
        String limit = f.guidelineLimit() == null ? "" : " of " + count(f.guidelineLimit(), "visit");
        String total = f.priorVisits() == null || f.requestedSessionsMax() == null ? ""
                : " (" + f.priorVisits() + " prior + " + f.requestedSessionsMax() + " requested)";
        return switch (value == null ? "unknown" : value) {
            case "true" -> "prior and requested visits exceed the guideline limit" + limit + total;
            case "false" -> "prior and requested visits within the guideline limit" + limit + total;
            default -> "not known whether the guideline limit is exceeded"
                    + (f.guidelineLimit() == null ? " (no limit applies)" : " (visit counts not stated)");
        };
    }

    private static String functionalImprovement(String value) {
        return switch (value == null ? "" : value) {
            case "documented" -> "functional improvement documented";
            case "not_documented" -> "the summary documents no functional improvement";
            default -> "functional improvement not mentioned";
        };
    }

    private static String surgeryRequest(ClinicalFeatures f) {
        Integer procedure = f == null ? null : f.signals().procedureItem();
        return procedure == null ? "the item goes with a surgery or procedure requested now"
                : "the item goes with the procedure requested as item " + procedure;
    }

    /** "the summary documents a fracture ("nondisplaced fracture")". */
    private static String finding(String value, ClinicalFeatures f) {
        FindingKind kind = FindingKind.ofLabel(value);
        String words = f == null ? null : f.signals().objectiveFindings().get(kind);
        return "the summary documents " + kind.words() + (words == null ? "" : " (\"" + words + "\")");
    }

    private static String initialTrial(String value, ClinicalFeatures f) {
        ItemSignals s = f.signals();
        String kind = words(s.courseKind());
        Integer limit = s.initialTrialLimit();
        Integer asked = f.requestedSessionsMax();
        if ("true".equals(value)) {
            return "a first course of " + kind + ": " + (asked == null ? "" : count(asked, "visit") + " asked, ")
                    + "within the guideline's initial trial" + (limit == null ? "" : " of " + limit);
        }
        if (ItemSignals.overTrial(asked, limit)) {
            return "requests " + count(asked, "visit") + " of " + kind + ", more than the guideline's initial trial of "
                    + limit;
        }
        return "not a first trial: " + kind + " was had before";
    }

    private static String urDecision(String value) {
        if (UrDecision.NON_CERTIFIED.label().equals(value)) {
            return "the UR denied the request";
        }
        if (UrDecision.MODIFIED.label().equals(value)) {
            return "the UR certified part of the request";
        }
        return "what the UR decided is not stated";
    }

    private static String urReason(String reason) {
        return switch (reason) {
            case "exceeds_guideline_limit" -> "the guideline's visit limit";
            case "no_functional_improvement" -> "no functional improvement";
            case "home_exercise_program" -> "a home exercise program";
            case "no_conservative_care_trial" -> "no trial of conservative care";
            case "no_red_flags" -> "no red flags";
            case "criteria_not_met" -> "guideline criteria not met";
            case "request_incomplete" -> "an incomplete request";
            case "not_recommended" -> "that the guidelines do not recommend it";
            case "adjunct_to_denied" -> "that the treatment it goes with was denied";
            default -> words(reason);
        };
    }

    private static String region(String label) {
        return switch (label == null ? "" : label) {
            case "cervical" -> "cervical spine (neck)";
            case "thoracic" -> "thoracic spine";
            case "lumbar" -> "lumbar spine (low back)";
            case "wrist_hand" -> "wrist or hand";
            case "ankle_foot" -> "ankle or foot";
            default -> words(label);
        };
    }

    private static String words(String label) {
        return label == null ? "" : label.replace('_', ' ');
    }

    /** "1 visit", "12 visits". */
    static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
