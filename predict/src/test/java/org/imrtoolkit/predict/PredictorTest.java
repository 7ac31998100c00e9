package org.imrtoolkit.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.imrtoolkit.features.clinical.FunctionalImprovement;
import org.imrtoolkit.features.clinical.TreatmentType;
import org.imrtoolkit.features.inputs.RawExample;
import org.junit.jupiter.api.Test;

class PredictorTest {

    @Test
    void probabilityIsTheModelsAndTheClassFollowsTheThreshold() {
        RawExample e = Cases.example("L1/1", FunctionalImprovement.NOT_DOCUMENTED, 24, TreatmentType.PHYSICAL_THERAPY,
                List.of());
        // log-odds -1 + 2 (not documented) + 1 * 24/12 (prior visits, scaled) + 0.1 (treatment type) = 3.1
        double expected = 1 / (1 + Math.exp(-3.1));
        Prediction high = new Predictor(Cases.model(0.5)).predict(e);
        assertEquals(expected, high.probability(), 1e-12);
        assertEquals("Upheld", high.predicted());
        assertEquals("L1/1", high.id());
        assertEquals("physical therapy x 12", high.item());
        Prediction strict = new Predictor(Cases.model(0.99)).predict(e);
        assertEquals("Overturned", strict.predicted(), "below the threshold, the negative class");
    }

    @Test
    void reasonsAreTheInputsThatPushedTowardThePredictedClassItemInputsFirstThenLargestWithTheirEvidence() {
        RawExample e = Cases.example("L1/1", FunctionalImprovement.NOT_DOCUMENTED, 24, TreatmentType.PHYSICAL_THERAPY,
                List.of("home", "exercise", "home exercise"));
        Prediction p = new Predictor(Cases.model(0.5)).predict(e);
        assertEquals("Upheld", p.predicted());
        List<Reason> reasons = p.reasons();
        assertEquals(3, reasons.size(), reasons.toString());
        assertEquals("treatment_type=physical_therapy", reasons.get(0).feature(), "the item's own input first");
        assertEquals("treatment: physical therapy", reasons.get(0).label());
        assertEquals("", reasons.get(0).evidence(), "no evidence was recorded for the treatment type");
        assertEquals("functional_improvement=not_documented", reasons.get(1).feature());
        assertEquals("the summary documents no functional improvement", reasons.get(1).label());
        assertEquals(2.0, reasons.get(1).contribution(), 1e-12);
        assertEquals(Cases.IMPROVEMENT_SENTENCE, reasons.get(1).evidence());
        assertEquals("prior_visits", reasons.get(2).feature());
        assertEquals("24 prior visits", reasons.get(2).label());
        assertEquals(Cases.PRIOR_SENTENCE, reasons.get(2).evidence());
        assertTrue(reasons.stream().noneMatch(r -> r.feature().startsWith("term:")),
                "the term pulled the other way, so it is no reason for this class");
    }

    @Test
    void aNegativePredictionGivesTheInputsThatPulledDown() {
        RawExample e = Cases.example("L2/1", FunctionalImprovement.UNKNOWN, null, TreatmentType.IMAGING,
                List.of("home exercise"));
        Prediction p = new Predictor(Cases.model(0.5)).predict(e);
        assertEquals("Overturned", p.predicted());
        assertEquals(1, p.reasons().size(), p.reasons().toString());
        assertEquals("term:home exercise", p.reasons().get(0).feature());
        assertTrue(p.reasons().get(0).contribution() < 0);
        assertEquals("", p.reasons().get(0).evidence(), "a lexical input has no sentence of its own");
    }

    @Test
    void aCaseWithoutAFiniteProbabilityIsRefusedAloneNotWrittenAsNaN() {
        // weights no model file may hold (refused at load), built here directly: +inf and -inf give NaN
        org.imrtoolkit.model.LogisticModel nan = new org.imrtoolkit.model.LogisticModel(
                new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0, 0}, 0);
        Predictor predictor = new Predictor(new org.imrtoolkit.model.FittedModel(
                new org.imrtoolkit.model.encode.FeatureEncoder(Cases.SPEC), nan, List.of("Overturned", "Upheld"), 0.5));
        RawExample both = Cases.example("L3/1", FunctionalImprovement.NOT_DOCUMENTED, 24, TreatmentType.PHYSICAL_THERAPY,
                List.of());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> predictor.predict(both));
        assertEquals("the model gives this case no finite probability (NaN); case skipped", e.getMessage());
        RawExample one = Cases.example("L3/2", FunctionalImprovement.UNKNOWN, 24, TreatmentType.PHYSICAL_THERAPY, List.of());
        assertEquals(0.0, predictor.predict(one).probability(), "an infinite score alone is a probability");
    }
}
