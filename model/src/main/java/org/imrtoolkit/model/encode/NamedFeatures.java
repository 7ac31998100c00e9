package org.imrtoolkit.model.encode;

import java.util.LinkedHashMap;
import java.util.Map;

import org.imrtoolkit.features.clinical.BodyRegion;
import org.imrtoolkit.features.clinical.ClinicalFeatures;
import org.imrtoolkit.features.clinical.DenialReason;
import org.imrtoolkit.features.clinical.FindingKind;
import org.imrtoolkit.features.clinical.ItemSignals;

/**
 * The named clinical features as model inputs: numbers scaled to about one, categories one-hot,
 * a "_missing" indicator where the letter does not say. Each name starts with the name of the
 * clinical feature it comes from, up to '=' or the end, so its evidence can be found.
 */
public final class NamedFeatures {

    /** The inputs of {@link FeatureSet.Block#SIGNALS}, by the clinical feature they come from. */
    public static final java.util.Set<String> SIGNALS = java.util.Set.of("part_of_surgery_request",
            "objective_findings", "initial_trial_within_limit");

    private NamedFeatures() {
    }

    public static Map<String, Double> of(ClinicalFeatures f) {
        Map<String, Double> x = new LinkedHashMap<>();
        scaled(x, "requested_sessions", f.requestedSessionsMax(), 12.0, 60);
        scaled(x, "prior_visits", f.priorVisits(), 12.0, 60);
        flag(x, "prior_therapy", f.priorTherapy());
        x.put("functional_improvement=" + f.functionalImprovement().label(), 1.0);
        x.put("treatment_type=" + f.treatmentType().label(), 1.0);
        for (BodyRegion r : f.itemBodyRegions()) {
            x.put("item_body_regions=" + r.label(), 1.0);
        }
        for (BodyRegion r : f.summaryBodyRegions()) {
            x.put("summary_body_regions=" + r.label(), 1.0);
        }
        scaled(x, "age", f.age(), 50.0, 100);
        x.put("sex=" + f.sex().label(), 1.0);
        logScaled(x, "months_since_injury", f.monthsSinceInjury());
        flag(x, "post_surgical", f.postSurgical());
        if (f.postSurgical()) {
            logScaled(x, "months_since_surgery", f.monthsSinceSurgery());
        }
        x.put("diagnosis_group=" + f.diagnosisGroup().label(), 1.0);
        x.put("exceeds_guideline=" + (f.exceedsGuideline() == null ? "unknown" : f.exceedsGuideline()), 1.0);
        flag(x, "ur_modified", f.urModified());
        x.put("work_status=" + f.workStatus().label(), 1.0);
        x.put("ur_decision=" + f.urDecision().label(), 1.0);
        for (DenialReason r : f.urReasons()) {
            x.put(r.feature(), 1.0);
        }
        ItemSignals signals = f.signals();
        flag(x, "part_of_surgery_request", signals.partOfSurgeryRequest());
        for (FindingKind kind : signals.objectiveFindings().keySet()) {
            x.put("objective_findings=" + kind.label(), 1.0);
        }
        if (signals.initialTrialWithinLimit() != null) {
            x.put("initial_trial_within_limit=" + signals.initialTrialWithinLimit(), 1.0);
        }
        return x;
    }

    /**
     * The block a named input belongs to. Descriptive: sex, age, body regions, work status and
     * diagnosis group, which hold no medical-necessity content (their association with the outcome
     * reversed on new letters), and the "not stated" indicators of requested sessions and prior
     * visits, which mostly say "not a therapy item", as the treatment type says with a reason.
     */
    public static FeatureSet.Block block(String name) {
        String source = source(name);
        if (source.startsWith("ur_")) {
            return FeatureSet.Block.UR;
        }
        if (SIGNALS.contains(source)) {
            return FeatureSet.Block.SIGNALS;
        }
        if (name.equals("requested_sessions_missing") || name.equals("prior_visits_missing")) {
            return FeatureSet.Block.DESCRIPTIVE;
        }
        return switch (source) {
            case "sex", "age", "item_body_regions", "summary_body_regions", "work_status", "diagnosis_group" ->
                    FeatureSet.Block.DESCRIPTIVE;
            default -> FeatureSet.Block.CLINICAL;
        };
    }

    /** The clinical feature a named input comes from ("treatment_type=imaging" -> "treatment_type"). */
    public static String source(String name) {
        int eq = name.indexOf('=');
        String base = eq < 0 ? name : name.substring(0, eq);
        return base.endsWith("_missing") ? base.substring(0, base.length() - "_missing".length()) : base;
    }

    private static void scaled(Map<String, Double> x, String name, Integer value, double unit, int cap) {
        if (value == null) {
            x.put(name + "_missing", 1.0);
        } else {
            x.put(name, Math.min(value, cap) / unit);
        }
    }

    private static void logScaled(Map<String, Double> x, String name, Integer months) {
        if (months == null) {
            x.put(name + "_missing", 1.0);
        } else {
            x.put(name, Math.log1p(months) / Math.log1p(12));
        }
    }

    private static void flag(Map<String, Double> x, String name, boolean on) {
        if (on) {
            x.put(name, 1.0);
        }
    }
}
