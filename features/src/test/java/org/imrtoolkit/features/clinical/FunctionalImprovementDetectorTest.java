package org.imrtoolkit.features.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunctionalImprovementDetectorTest {

    private final FunctionalImprovementDetector detector = new FunctionalImprovementDetector();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "There is no documentation of functional improvement.|NOT_DOCUMENTED",
            "She presented with no improvement in her symptoms with physical therapy.|NOT_DOCUMENTED",
            "He has completed therapy without significant functional gains.|NOT_DOCUMENTED",
            "Functional improvement from the prior sessions was not documented.|NOT_DOCUMENTED",
            "She has completed 24 sessions, with no documentation of functional improvement.|NOT_DOCUMENTED",
            "Additional visits are supported with documentation of functional improvement.|UNKNOWN",
            "The patient reported functional improvement with therapy.|DOCUMENTED",
            "She has improved with 6 previous sessions of physical therapy.|DOCUMENTED",
            "Therapy is recommended as long as it is helping to restore function.|UNKNOWN",
            "Treatment may continue unless there is no evidence of functional improvement.|UNKNOWN",
            "Functional improvement should be documented after six sessions.|UNKNOWN",
            "The patient complains of low back pain.|UNKNOWN"})
    void classifies(String sentence, FunctionalImprovement expected) {
        assertEquals(expected, detector.classify(sentence).value());
    }

    @Test
    void butEndsTheNegationsScope() {
        // "no" governs "radiating pain"; "but" closes its scope before "improvement".
        assertEquals(FunctionalImprovement.DOCUMENTED,
                detector.classify("She has no radiating pain, but reports improvement in function with therapy.").value());
        assertEquals(FunctionalImprovement.DOCUMENTED,
                detector.classify("There was no fall; she reports improvement in function.").value());
    }

    @Test
    void aPseudoNegationIsNoNegation() {
        // "not only" looks like a negation and is not one.
        assertEquals(FunctionalImprovement.DOCUMENTED,
                detector.classify("Therapy gave not only pain relief but functional improvement.").value());
        assertEquals(FunctionalImprovement.NOT_DOCUMENTED,
                detector.classify("Therapy gave no functional improvement.").value());
    }

    @Test
    void theSpanIsTheMention() {
        String s = "There is no documentation of functional improvement.";
        Match<FunctionalImprovement> m = detector.classify(s);
        assertEquals("functional improvement", s.substring(m.begin(), m.end()));
    }
}
