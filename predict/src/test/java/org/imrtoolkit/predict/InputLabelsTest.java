package org.imrtoolkit.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.imrtoolkit.features.clinical.FunctionalImprovement;
import org.imrtoolkit.features.clinical.TreatmentType;
import org.imrtoolkit.features.clinical.ClinicalFeatures;
import org.junit.jupiter.api.Test;

class InputLabelsTest {

    private final ClinicalFeatures f = Cases.example("L1/1", FunctionalImprovement.NOT_DOCUMENTED, 20,
            TreatmentType.PHYSICAL_THERAPY, List.of()).clinical();

    @Test
    void everyKindOfInputReadsAsWords() {
        assertEquals("term 'home exercise'", InputLabels.label("term:home exercise", f));
        assertEquals("Type: Urgent Care", InputLabels.label("category:Type=Urgent Care", f));
        assertEquals("the UR cited no functional improvement", InputLabels.label("ur_reason_no_functional_improvement", f));
        assertEquals("the UR denied the request", InputLabels.label("ur_decision=non_certified", f));
        assertEquals("the summary mentions the lumbar spine (low back)", InputLabels.label("summary_body_regions=lumbar", f));
        assertEquals("no count of prior visits in the summary", InputLabels.label("prior_visits_missing", f));
        assertEquals("20 prior visits", InputLabels.label("prior_visits", f));
        assertEquals("sex not stated", InputLabels.label("sex=unknown", f));
    }

    @Test
    void theFactsListEveryNamedFeatureAlsoThoseWithoutASentence() {
        List<String> features = InputLabels.facts(f).stream().map(InputLabels.Fact::feature).toList();
        assertTrue(features.containsAll(List.of("age", "sex", "guideline_limit", "exceeds_guideline", "prior_visits",
                "ur_decision", "functional_improvement")), features.toString());
    }
}
