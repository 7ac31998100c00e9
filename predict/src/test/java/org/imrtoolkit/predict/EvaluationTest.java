package org.imrtoolkit.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.imrtoolkit.features.clinical.FunctionalImprovement;
import org.imrtoolkit.features.clinical.TreatmentType;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static Prediction prediction(String id, TreatmentType type, String predicted, double p) {
        Prediction base = new Predictor(Cases.model(0.5)).predict(
                Cases.example(id, FunctionalImprovement.UNKNOWN, null, type, List.of()));
        return new Prediction(id, base.item(), predicted, p, base.reasons(), base.clinical());
    }

    @Test
    void figuresOverallByTreatmentTypeAndTheMostConfidentErrorsFirst() {
        List<Prediction> predictions = List.of(
                prediction("a", TreatmentType.PHYSICAL_THERAPY, "Upheld", 0.9),
                prediction("b", TreatmentType.PHYSICAL_THERAPY, "Overturned", 0.2),
                prediction("c", TreatmentType.IMAGING, "Upheld", 0.7),
                prediction("d", TreatmentType.IMAGING, "Overturned", 0.1));
        List<String> actual = List.of("Upheld", "Upheld", "Overturned", "Overturned");
        Evaluation e = Evaluation.of(predictions, actual, List.of("Overturned", "Upheld"), 0.5, 0.5);

        assertEquals(4, e.metrics().n());
        assertEquals(2, e.metrics().positives());
        assertEquals(1, e.metrics().confusion().truePositive());
        assertEquals(1, e.metrics().confusion().falsePositive());
        assertEquals(1, e.metrics().confusion().trueNegative());
        assertEquals(1, e.metrics().confusion().falseNegative());
        assertEquals(List.of("imaging", "physical_therapy"), new ArrayList<>(e.byTreatmentType().keySet()));
        assertEquals(2, e.byTreatmentType().get("imaging").n());
        // c said Upheld at 0.7 and was Overturned (confidence 0.7); b said Overturned at 0.2 and was Upheld (0.8).
        assertEquals(List.of("b", "c"), e.confidentErrors().stream().map(x -> x.prediction().id()).toList());
        assertEquals(0.8, e.confidentErrors().get(0).confidence(), 1e-12);
        assertEquals("Upheld", e.confidentErrors().get(0).actual());
    }

    @Test
    void atMostTwentyErrorsAreKept() {
        List<Prediction> predictions = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            predictions.add(prediction(String.format("x%02d", i), TreatmentType.OTHER, "Upheld", 0.6 + i / 100.0));
            actual.add("Overturned");
        }
        predictions.add(prediction("y", TreatmentType.OTHER, "Overturned", 0.1));
        actual.add("Upheld");
        Evaluation e = Evaluation.of(predictions, actual, List.of("Overturned", "Upheld"), 0.5, 0.5);
        assertEquals(Evaluation.ERRORS_SHOWN, e.confidentErrors().size());
        assertEquals("y", e.confidentErrors().get(0).prediction().id(), "0.9 sure it was not Upheld");
        assertEquals("x29", e.confidentErrors().get(1).prediction().id());
    }
}
