package org.imrtoolkit.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.imrtoolkit.core.letter.Sex;
import org.imrtoolkit.features.Evidence;
import org.imrtoolkit.features.clinical.ClinicalFeatures;
import org.imrtoolkit.features.clinical.DiagnosisGroup;
import org.imrtoolkit.features.clinical.FunctionalImprovement;
import org.imrtoolkit.features.clinical.TreatmentType;
import org.imrtoolkit.features.clinical.WorkStatus;
import org.imrtoolkit.features.inputs.RawExample;
import org.imrtoolkit.model.FittedModel;
import org.imrtoolkit.model.LogisticModel;
import org.imrtoolkit.model.encode.FeatureEncoder;
import org.imrtoolkit.model.encode.FeatureSet;
import org.imrtoolkit.model.encode.FeatureSpec;

/** Small hand-made cases and a hand-set logistic model over them, for predict's tests. */
final class Cases {

    static final String IMPROVEMENT_SENTENCE = "There is no documentation of functional improvement.";
    static final String PRIOR_SENTENCE = "She has had 24 sessions of physical therapy to date.";

    /** Inputs: functional improvement not documented, prior visits, the term "home exercise". */
    static final FeatureSpec SPEC = new FeatureSpec(FeatureSet.ALL,
            List.of("functional_improvement=not_documented", "prior_visits", "treatment_type=physical_therapy"),
            List.of(), List.of("home exercise"), List.of(1.0), 1);

    private Cases() {
    }

    /**
     * A model for which undocumented improvement and many prior visits push toward the positive
     * class ("Upheld" here) and a home exercise program pulls away from it.
     */
    static FittedModel model(double threshold) {
        LogisticModel scorer = new LogisticModel(new double[] {2.0, 1.0, 0.1, -0.5}, -1.0);
        return new FittedModel(new FeatureEncoder(SPEC), scorer, List.of("Overturned", "Upheld"), threshold);
    }

    static RawExample example(String id, FunctionalImprovement fi, Integer priorVisits, TreatmentType type,
                              List<String> terms) {
        List<Evidence> evidence = new ArrayList<>();
        if (fi == FunctionalImprovement.NOT_DOCUMENTED) {
            evidence.add(new Evidence("functional_improvement", fi.label(), "summary", IMPROVEMENT_SENTENCE, 0, 10));
        }
        if (priorVisits != null) {
            evidence.add(new Evidence("prior_visits", priorVisits.toString(), "summary", PRIOR_SENTENCE, 12, 23));
        }
        ClinicalFeatures f = new ClinicalFeatures(id, null, null, priorVisits, priorVisits != null, fi, type,
                type.label(), Set.of(), Set.of(), null, Sex.UNKNOWN, null, false, null, DiagnosisGroup.OTHER, null, null,
                WorkStatus.UNKNOWN, org.imrtoolkit.features.clinical.UrDecision.UNKNOWN, Set.of(), evidence,
                org.imrtoolkit.features.clinical.ItemSignals.NONE);
        return new RawExample(id, "physical therapy x 12", f, terms, Map.of(), id);
    }
}
