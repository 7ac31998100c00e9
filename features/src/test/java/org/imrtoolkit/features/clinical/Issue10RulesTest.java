package org.imrtoolkit.features.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.imrtoolkit.core.letter.Case;
import org.imrtoolkit.core.nlp.TextAnnotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds of error issue 10 (section 4) saw on new letters, each on sentences written in the
 * letters' style (from the issue's examples and from letters outside the blind gold set).
 */
class Issue10RulesTest {

    private final TreatmentClassifier treatments = new TreatmentClassifier();
    private final FunctionalImprovementDetector improvement = new FunctionalImprovementDetector();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Associated surgical service: Cold therapy unit|DME|Cold therapy unit",
            "Associated surgical service: Sling|DME|Sling",
            "Associated surgical service: Ultrasling|DME|Ultrasling",
            "Associated surgical service: 2 leg wraps|DME|leg wraps",
            "Associated surgical service: Medical clearance|OTHER|",
            "Associated surgical services: Post-operative wrist brace|DME|brace",
            "Associated surgical service: Physical therapy 2 times a week for 6 weeks|PHYSICAL_THERAPY|Physical therapy",
            "Associated surgical service: Assistant surgeon|SURGERY|Assistant surgeon",
            "Left knee arthroscopy with partial meniscectomy|SURGERY|arthroscopy",
            "TENS unit #1|DME|TENS",
            "Lumbar brace #2|DME|brace",
            "Hinged knee brace, quantity #1|DME|brace",
            "Lidocaine 5% patch #30|MEDICATION|Lidocaine",
            "Norco 10/325mg #90|MEDICATION|Norco",
            "Pain management consultation and lumbar epidural steroid injection L4-5|INJECTION|epidural steroid injection",
            "Consult with pain management for possible facet blocks|INJECTION|facet blocks",
            "Pain management consultation|OTHER|consultation",
            "EMG/NCV of the bilateral lower extremities|IMAGING|EMG",
            "Electrodiagnostic studies of the upper extremities|IMAGING|Electrodiagnostic",
            "NCS of the right upper extremity|IMAGING|NCS"})
    void treatmentTypeOfTheNewLettersKinds(String item, TreatmentType type, String name) {
        Match<TreatmentType> m = treatments.classify(item);
        assertEquals(type, m.value(), item);
        assertEquals(name == null ? "" : name.toLowerCase(java.util.Locale.ROOT),
                item.substring(m.begin(), m.end()).toLowerCase(java.util.Locale.ROOT), item);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Physical therapy two times four visits (8) for the lumbar spine|8|8",
            "Chiropractic 2 times 3 visits|6|6",
            "Physical therapy sessions, 12|12|12",
            "Acupuncture treatments: 6 for the neck|6|6",
            "Physical therapy 3-2 times a week for 3 weeks|6|9",
            "Aquatic therapy 3 times a week for 3-2 weeks|6|9",
            "Physical therapy 12-8 sessions|8|12"})
    void requestedSessionsOfTheNewLettersKinds(String text, int min, int max) {
        SessionRange r = RequestedSessions.find(text).orElseThrow().value();
        assertEquals(new SessionRange(min, max), r, text);
    }

    @Test
    void aRangeWrittenHighLowIsNormalisedNotAnError() {
        assertEquals(new SessionRange(6, 9), SessionRange.between(9, 6));
        assertEquals(new SessionRange(6, 9), SessionRange.between(6, 9));
    }

    @Test
    void aFrequencyAfterTheNameIsNoCount() {
        assertEquals(new SessionRange(12, 12),
                RequestedSessions.find("Physical therapy sessions, 2 times a week for 6 weeks").orElseThrow().value());
        assertTrue(RequestedSessions.find("Chiropractic visits, 6 weeks").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Treatment has consisted of medications and physical therapy #12 sessions.|12",
            "Physical therapy, 8 visits, with temporary relief.|8",
            "She attended 6 out of 12 authorized physical therapy sessions.|6",
            "The patient attended 4 out of 8 sessions of chiropractic care.|4",
            "The medical records included 9 physical therapy reports dated 3-1-2016 to 5-2-2016.|9",
            "He attended 4 sessions in January, 6 in February and 2 in March.|12"})
    void priorVisitsOfTheNewLettersKinds(String text, int expected) {
        assertEquals(expected, PriorVisits.find(text).orElseThrow().value(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "She had 12 sessions authorized but did not attend them.",
            "He has had 6 visits of physical therapy approved, which are pending.",
            "Physical therapy, 12 visits, was requested on 1-5-2016.",
            "Physical therapy 12 visits was denied by utilization review.",
            "The guidelines allow up to 10 visits of physical therapy.",
            "He is to begin physical therapy, 8 visits."})
    void authorisedDeniedOrPlannedCoursesAreNotPriorVisits(String text) {
        assertTrue(PriorVisits.find(text).isEmpty(), text);
    }

    @Test
    void therapyDeniedOrOnlyPlannedIsNotPriorTherapy() {
        assertFalse(features("Physical therapy had been recommended but was denied by utilization review.",
                "MRI of the lumbar spine").priorTherapy());
        assertFalse(features("The plan is to start physical therapy. He has not had physical therapy before.",
                "MRI of the lumbar spine").priorTherapy());
        assertTrue(features("She had physical therapy in 2015 with some relief; additional therapy was denied.",
                "MRI of the lumbar spine").priorTherapy());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The patient underwent closed reduction and percutaneous pinning of the left wrist on 3-2-2016.",
            "He is status post rotator cuff repair on 4-12-2016.",
            "She underwent open reduction internal fixation of the right ankle on 1-6-2016."})
    void repairsPinningsAndReductionsAreSurgeries(String sentence) {
        assertTrue(SurgeryHistory.inSentence(sentence, 0).isPresent(), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The treating physician has proposed a left knee arthroscopy on 5-3-2016.",
            "Surgery is upcoming on 6-1-2016.",
            "He would like to have a lumbar fusion.",
            "A pre-operative clearance was done for a carpal tunnel release on 2-2-2016.",
            "The patient had a 50% reduction of pain after the injection on 3-2-2016."})
    void surgeriesPlannedOrProposedAndReductionsOfPainAreNotDone(String sentence) {
        assertTrue(SurgeryHistory.inSentence(sentence, 0).isEmpty(), sentence);
    }

    @Test
    void thePostSurgicalWindowEndsAndNeedsADate() {
        assertEquals(DiagnosisGroup.POST_SURGICAL, DiagnosisGroup.of("lumbar strain", true, 6).value());
        assertEquals(DiagnosisGroup.MYALGIA, DiagnosisGroup.of("lumbar strain", true, 7).value());
        assertEquals(DiagnosisGroup.MYALGIA, DiagnosisGroup.of("lumbar strain", true, 40).value());
        assertEquals(DiagnosisGroup.MYALGIA, DiagnosisGroup.of("lumbar strain", true, null).value(),
                "an undated surgery may be years old");
    }

    @Test
    void chiropracticWithoutDocumentedImprovementIsLimitedToTheTrial() {
        String summary = "The injured worker is a 45-year-old male with a date of injury of 1-2-2015. He reports "
                + "low back strain. He has had 4 chiropractic visits to date.";
        ClinicalFeatures f = features(summary, "Chiropractic treatment 2 times a week for 3 weeks for the low back");
        assertEquals(6, f.guidelineLimit());
        assertEquals(4, f.priorVisits());
        assertEquals(Boolean.TRUE, f.exceedsGuideline(), "4 prior + 6 requested exceed the trial of 6");

        ClinicalFeatures improved = features(summary + " Chiropractic care improved his function and he returned to"
                + " regular duty.", "Chiropractic treatment 2 times a week for 3 weeks for the low back");
        assertEquals(FunctionalImprovement.DOCUMENTED, improved.functionalImprovement());
        assertEquals(18, improved.guidelineLimit());
        assertEquals(Boolean.FALSE, improved.exceedsGuideline());
    }

    @Test
    void noLimitWithoutARequestedCount() {
        ClinicalFeatures f = features("He has low back strain.", "MRI of the lumbar spine");
        assertNull(f.exceedsGuideline());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The patient reported minimal improvement despite 12 sessions of physical therapy.",
            "The treating physician failed to document functional improvement from the prior sessions.",
            "The records do not demonstrate any functional improvement.",
            "The provider neglected to document objective functional improvement.",
            "There was no change in function after the chiropractic treatments.",
            "Her functional status was unchanged after therapy.",
            "Functional improvement has not been documented."})
    void notDocumentedImprovementOfTheNewLettersKinds(String sentence) {
        assertEquals(FunctionalImprovement.NOT_DOCUMENTED, improvement.classify(sentence).value(), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "She had improved function and range of motion with physical therapy.",
            "The patient reported significant improvement in function with therapy, with no change in medication."})
    void documentedImprovementStaysDocumented(String sentence) {
        assertEquals(FunctionalImprovement.DOCUMENTED, improvement.classify(sentence).value(), sentence);
    }

    private static ClinicalFeatures features(String summary, String item) {
        Case c = Case.fromText("t", item, summary, Map.of(), "t");
        return new ClinicalFeatureExtractor(new TextAnnotator()).extract(c);
    }
}
