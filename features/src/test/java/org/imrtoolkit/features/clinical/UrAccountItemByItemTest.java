package org.imrtoolkit.features.clinical;

import static org.imrtoolkit.features.clinical.UrSummaries.UR;
import static org.imrtoolkit.features.clinical.UrSummaries.account;
import static org.imrtoolkit.features.clinical.UrSummaries.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 18: the UR's account read item by item. The sentences are those of the shared letters the
 * rules were written from (issue 18's dev letters, named in each test) or of the issue itself; each
 * test splits the summary where the letter's sentences end.
 */
class UrAccountItemByItemTest {

    /** The reasons the UR's account gives an item. */
    private static Set<DenialReason> reasons(String item, String... sentences) {
        return account(item, sentences).reasons().keySet();
    }

    /** The words of the clause an item's decision was read from. */
    private static String clauseOf(UtilizationReviewAccount.ItemAccount a, TextUnit s) {
        var c = a.clauseAt(a.evidence().begin());
        return s.text().substring(c.begin(), c.end());
    }

    // --- the decision told with other verbs and connectors

    @Test
    void determinedNotMedicallyNecessary() {
        // CM17-0019907
        var a = account("Physical therapy six visits for the lumbar spine",
                "On 1-917, utilization review determined physical therapy six visits for the lumbar spine was not medically necessary.");
        assertEquals(UrDecision.NON_CERTIFIED, a.decision());
    }

    @Test
    void foundAndDeemedNotMedicallyNecessaryWithTheirCauses() {
        // issue 18's phrasings, in a run of UR sentences
        String[] s = {"The utilization review dated 01/05/2017 addressed the requests below.",
                "The MRI of the lumbar spine was found not medically necessary due to lack of neurological deficits on examination.",
                "The acupuncture was deemed not medically necessary, given there was no evidence of objective improvement with prior therapy."};
        var mri = account("MRI of the lumbar spine", s);
        assertEquals(UrDecision.NON_CERTIFIED, mri.decision());
        assertEquals(Set.of(DenialReason.NO_RED_FLAGS), mri.reasons().keySet());
        var acupuncture = account("Acupuncture 2 times a week for 3 weeks", s);
        assertEquals(UrDecision.NON_CERTIFIED, acupuncture.decision());
        assertEquals(Set.of(DenialReason.NO_FUNCTIONAL_IMPROVEMENT), acupuncture.reasons().keySet());
    }

    @Test
    void aSentenceOfReasonsInsideTheRunDoesNotEndIt() {
        // CM17-0006634: "The patient was not close to ... maximal medical improvement." stands between
        String[] s = {"The requested FCE was previously denied as there was no indication the patient was undergoing a work "
                + "hardening program.", "The patient was not close to or at maximal medical improvement.",
                "The MRIs were denied as there was no evidence of any neurological dysfunction on examination."};
        var mri = account("MRI of the lumbar spine", s);
        assertEquals(UrDecision.NON_CERTIFIED, mri.decision());
        assertEquals(Set.of(DenialReason.NO_RED_FLAGS), mri.reasons().keySet());
        assertEquals(UrDecision.NON_CERTIFIED, account("Functional capacity evaluation", s).decision());
    }

    // --- one sentence, a clause per item

    @Test
    void twoDecisionsJoinedByAndKeepTheirOwnReasonsAndEvidence() {
        // CM16-0245295
        TextUnit s = summary("The request for authorization was signed on 12/09/2016.", "Physical therapy was denied due to lack of documentation regarding functional improvements made during "
                + "treatment and the MRI was denied due to lack of evidence supporting the need for the procedure.");
        var pt = UR.forItem(UR.clauses(s), "Physical therapy 2 times a week for 4 weeks");
        var mri = UR.forItem(UR.clauses(s), "MRI of the lumbar spine");
        assertEquals(Set.of(DenialReason.NO_FUNCTIONAL_IMPROVEMENT), pt.reasons().keySet());
        assertFalse(mri.reasons().containsKey(DenialReason.NO_FUNCTIONAL_IMPROVEMENT), mri.reasons().toString());
        assertFalse(clauseOf(pt, s).contains("MRI"), clauseOf(pt, s));
        assertTrue(clauseOf(mri, s).startsWith("the MRI was denied"), clauseOf(mri, s));
    }

    @Test
    void aLongSentenceOfFourDecisionsGivesEachItemItsOwn() {
        // CM16-0243453
        String s = "These requests were previously reviewed on 12/15/2016 and resulted in non-certification of MRI of the lumbar "
                + "spine due to lack of exhaustion of conservative treatment prior to an imaging study, non-certification of MRI "
                + "of the right knee due to lack of indication of exhaustion of conservative treatment prior to an imaging "
                + "study, non-certification for chirophysio therapy for the right elbow and right knee due to not being "
                + "supported as a treatment option in the elbow and knee and modification for an initial 6 sessions of "
                + "chirophysio for the cervical, thoracic and lumbar spine as is recommended by guidelines.";
        var knee = account("Chirophysio therapy two times a week for four weeks for the right elbow and right knee", s);
        assertEquals(UrDecision.NON_CERTIFIED, knee.decision());
        assertEquals(Set.of(DenialReason.NOT_RECOMMENDED), knee.reasons().keySet());
        var spine = account("Chirophysio therapy two times a week for four weeks for the cervical, thoracic and lumbar spine", s);
        assertEquals(UrDecision.MODIFIED, spine.decision());
        assertTrue(spine.modified());
        assertEquals(Set.of(DenialReason.EXCEEDS_GUIDELINE_LIMIT), spine.reasons().keySet());
        var mri = account("MRI of the lumbar spine", s);
        assertEquals(Set.of(DenialReason.NO_CONSERVATIVE_CARE_TRIAL), mri.reasons().keySet());
        assertFalse(mri.modified());
    }

    @Test
    void oneDecisionWhoseCauseGoesOnToOtherRequests() {
        // issue 18: each clause's reasons belong to the item it names, not to every item
        String s = "The utilization review dated 01/10/2017 denied the MRI of the cervical spine due to a lack of red flags; the "
                + "acupuncture due to no documented functional improvement with prior acupuncture; and the Norco as there was "
                + "no indication of trying and failing first-line non-opioid medications.";
        assertEquals(Set.of(DenialReason.NO_RED_FLAGS), account("MRI of the cervical spine", s).reasons().keySet());
        var acupuncture = account("Acupuncture x 6", s);
        assertEquals(UrDecision.NON_CERTIFIED, acupuncture.decision());
        assertEquals(Set.of(DenialReason.NO_FUNCTIONAL_IMPROVEMENT), acupuncture.reasons().keySet());
        String evidence = clauseOf(acupuncture, summary(s));
        assertTrue(evidence.startsWith("the acupuncture due to") && !evidence.contains("MRI"), evidence);
        var norco = account("Norco 10/325mg #60", s);
        assertEquals(UrDecision.NON_CERTIFIED, norco.decision());
        assertEquals(Set.of(DenialReason.NO_CONSERVATIVE_CARE_TRIAL), norco.reasons().keySet());
    }

    @Test
    void aDeniedAndAPartlyApprovedItemInOneSentence() {
        // CM17-0014320
        String s = "The original utilization review (1-13-17) denied a request for twelve physical therapy visits for the Cervical "
                + "Spine and partially approved a request for nine physical therapy visits for the right shoulder was authorized "
                + "by the Claims Administrator.";
        assertEquals(UrDecision.NON_CERTIFIED, account("Twelve physical therapy visits for the Cervical Spine", s).decision());
        assertEquals(UrDecision.MODIFIED, account("Nine physical therapy visits for the right shoulder", s).decision());
    }

    // --- anaphora

    @Test
    void theSameRationaleTakesThePreviousDecisionsReasonsWithItsOwnWordsAsEvidence() {
        TextUnit s = summary("The utilization review dated 12/20/2016 denied the request for Norco, as non-opioid alternatives had not "
                + "yet been attempted.", "The request for Tramadol was denied for the same rationale.");
        var tramadol = UR.forItem(UR.clauses(s), "Tramadol 50mg #60");
        assertEquals(Set.of(DenialReason.NO_CONSERVATIVE_CARE_TRIAL), tramadol.reasons().keySet());
        var span = tramadol.reasons().get(DenialReason.NO_CONSERVATIVE_CARE_TRIAL);
        assertEquals("for the same rationale", s.text().substring(span.begin(), span.end()));
    }

    // --- the families of reasons

    @Test
    void caseWideFindings() {
        assertEquals(Set.of(DenialReason.CRITERIA_NOT_MET), account("Lumbar epidural steroid injection",
                "The utilization review non-certified the request due to a lack of subjective and objective clinical findings.")
                .reasons().keySet());
        assertEquals(Set.of(DenialReason.CRITERIA_NOT_MET), account("MRI of the right shoulder",
                "The request was denied as there was no documentation of objective findings to warrant the imaging.")
                .reasons().keySet());
    }

    @Test
    void caseWideReasonsOfTheAccountReachEveryDecidedItem() {
        String[] s = {"The utilization review dated 12/02/2016 non-certified the requests, citing a lack of neurological deficits "
                + "on examination.", "The request for EMG of the left upper extremity was denied."};
        var emg = account("EMG of the left upper extremity", s);
        assertEquals(UrDecision.NON_CERTIFIED, emg.decision());
        assertEquals(Set.of(DenialReason.NO_RED_FLAGS), emg.reasons().keySet());
    }

    @Test
    void stepTherapyIsNoTrialOfConservativeCare() {
        // CM16-0230651 and CM17-0014438
        assertEquals(Set.of(DenialReason.NO_CONSERVATIVE_CARE_TRIAL), account("Ultram 50mg #30",
                "The request for Ultram 50 mg was denied due to there was no documentation that alternative treatments have "
                        + "been considered.").reasons().keySet());
        assertEquals(Set.of(DenialReason.NO_FUNCTIONAL_IMPROVEMENT, DenialReason.NO_CONSERVATIVE_CARE_TRIAL),
                account("Opioids", "The original utilization review dated 12/29/2016 denied the request for opioids due to there "
                        + "is no documentation regarding medication efficacy, or failed non-opioid analgesics.").reasons().keySet());
    }

    @Test
    void notSupportedAndNotBeingRecommendedAreNotRecommended() {
        // CM16-0230651, and issue 18's phrasing
        assertEquals(Set.of(DenialReason.NOT_RECOMMENDED), account("Chiropractic care to the low back two times a week",
                "The request for chiropractic care was denied due to the guidelines do not support multiple physical "
                        + "modalities being performed concurrently.").reasons().keySet());
        assertEquals(Set.of(DenialReason.NOT_RECOMMENDED), account("Lyrica 75mg #60",
                "The utilization review denied the request for Lyrica due to it not being recommended by guidelines.")
                .reasons().keySet());
    }

    @Test
    void noObjectiveOutcomeOfPriorTherapyIsNoFunctionalImprovement() {
        // CM17-0003284, and issue 18's phrasing
        assertEquals(Set.of(DenialReason.NO_FUNCTIONAL_IMPROVEMENT), account("Chiropractic treatment 3 times a week for 4 weeks",
                "The prior determination on 12/09/2016 denied the request for chiropractic treatment due to a lack of "
                        + "documentation of objective outcomes from the prior chiropractic interventions.").reasons().keySet());
        assertEquals(Set.of(DenialReason.NO_FUNCTIONAL_IMPROVEMENT), account("Flexeril 10mg #60",
                "The request for Flexeril was denied as efficacy was not provided.").reasons().keySet());
    }

    @Test
    void theUrCitesTheDenialOfTheSurgeryItGoesWith() {
        var a = account("Assistant surgeon", "The utilization review denied the request for a right shoulder arthroscopy.",
                "Since the surgery was not certified, the assistant surgeon is not medically necessary.");
        assertEquals(UrDecision.NON_CERTIFIED, a.decision());
        assertEquals(Set.of(DenialReason.ADJUNCT_TO_DENIED), a.reasons().keySet());
        assertEquals(Set.of(), account("Right shoulder arthroscopy", "The utilization review denied the request for a right "
                + "shoulder arthroscopy.", "Since the surgery was not certified, the assistant surgeon is not medically "
                + "necessary.").reasons().keySet());
    }

    // --- no UR modification but the UR's

    @Test
    void modifiedDutyAndActivityModificationAreNoUrModification() {
        // CM16-0246635, CM16-0228949
        var mri = account("MRI of the Lumbar spine without contrast",
                "The injured worker was currently on modified duty, noting that light duty was being accommodated.",
                "On 11-30-2016 Utilization Review non-certified a request for MRI of the Lumbar spine without contrast.");
        assertEquals(UrDecision.NON_CERTIFIED, mri.decision());
        assertFalse(mri.modified());
        var pt = account("Continue physical therapy 3 times a week for 2 weeks",
                "Treatments to date include activity modification, anti-inflammatory, and at least five (5) physical therapy sessions.",
                "The appeal requested authorization for additional physical therapy three times per week for two weeks.",
                "The Utilization Review dated 11-16-16, denied the request.");
        assertFalse(pt.modified());
    }

    @Test
    void aDoctorsChangeOfMedicationOrWorkStatusIsNoUrModification() {
        var a = account("Norco 10/325mg #60", "The utilization review dated 12/01/2016 reviewed the request for Norco.",
                "Her medication regimen was modified at the follow-up visit and her work status was modified to light duty.");
        assertEquals(UrDecision.UNKNOWN, a.decision());
        assertFalse(a.modified());
    }

    @Test
    void thePatientsDenialOfSymptomsIsNoDecision() {
        // CM16-0246635's "The injured worker denied any radiation of pain ..." after a UR sentence
        var a = account("MRI of the lumbar spine", "The request for authorization was signed on 12/01/2016.",
                "The injured worker denied any radiation of pain, paresthesias, weakness, or numbness.");
        assertEquals(UrDecision.UNKNOWN, a.decision());
    }

    // --- a decision for one item only

    @Test
    void itemsTheAccountDoesNotNameAreUnknown() {
        // CM16-0247274
        String[] s = {"A prior review dated 12/22/2016 indicated that the requested neuroplasty procedure, and injections were "
                + "non-certified due to a lack of radiculopathy in the L5-S1 distribution.",
                "Additionally, the requested physical therapy examination and physical therapy were approved."};
        var pt = account("Physical therapy, 6 sessions, cervical and thoracic spine", s);
        assertEquals(UrDecision.UNKNOWN, pt.decision());
        assertNull(pt.evidence());
        assertEquals(Set.of(), pt.reasons().keySet());
        assertEquals(UrDecision.NON_CERTIFIED, account("Right L5-S1 epidural steroid injection", s).decision());
    }

    // --- round 2: the UR's account told across sentences and structures (issue 18, dev letters)

    @Test
    void aSentenceThatGoesOnWithTheAccountGivesItsReasons() {
        // CM17-0010420
        var a = account("Pre-operative chest x-ray", "The request had been previously denied on 12/21/2016.",
                "The rationale for the denial included preoperative procedures and lab work not being recommended for minor "
                        + "procedures.");
        assertEquals(UrDecision.NON_CERTIFIED, a.decision());
        assertEquals(Set.of(DenialReason.NOT_RECOMMENDED), a.reasons().keySet());
        // A sentence of the history after the UR's is not the UR's.
        var c = account("MRI of the lumbar spine", "The utilization review dated 12/01/2016 non-certified the request for an MRI.",
                "The UR physician indicated that there were no red flags.");
        assertEquals(Set.of(DenialReason.NO_RED_FLAGS), c.reasons().keySet());
        // "This was denied because ..." tells of the decision before it, not of every item.
        String[] it = {"The utilization review denied the request for an MRI of the lumbar spine.",
                "This was denied because there were no red flags."};
        assertEquals(Set.of(DenialReason.NO_RED_FLAGS), account("MRI of the lumbar spine", it).reasons().keySet());
        assertEquals(UrDecision.UNKNOWN, account("Physical therapy 8 sessions", it).decision());
        var b = account("Physical therapy 8 sessions", "The request for physical therapy was denied on 12/01/2016.",
                "The patient has not been recommended for surgery.");
        assertEquals(Set.of(), b.reasons().keySet());
    }

    @Test
    void aConclusionTakesTheReasonsOfTheUrsSentenceBeforeIt() {
        var a = account("MRI of the lumbar spine", "The reviewer noted that there were no red flags on examination.",
                "Therefore, the request was non-certified.");
        assertEquals(UrDecision.NON_CERTIFIED, a.decision());
        assertEquals(Set.of(DenialReason.NO_RED_FLAGS), a.reasons().keySet());
        var b = account("MRI of the lumbar spine", "The patient had no red flags on examination.",
                "Therefore, the request was non-certified.");
        assertEquals(Set.of(), b.reasons().keySet());
    }

    @Test
    void eachConjunctOfACauseGivesItsReason() {
        // CM17-0001064: a reason of last resort beside a specific one
        var a = account("MRI of the right knee", "Prior review dated 11/30/2016 denied the request for MRI of the right and left "
                + "knee, due to the fact that there was a lack of documentation of conservative care coupled with limited "
                + "examination findings to support an MRI.");
        assertEquals(Set.of(DenialReason.NO_CONSERVATIVE_CARE_TRIAL, DenialReason.CRITERIA_NOT_MET), a.reasons().keySet());
    }

    @Test
    void aDenialToldOnceWithAClausePerRequest() {
        // CM17-0009441
        String s = "A prior denial was made on 12/22/2016 for medication management consultation as there was no documentation "
                + "noting prior medication usage; for acupuncture as efficacy was not noted; for xrays as red flags were not "
                + "noted; and for range of motion testing as a rationale was not noted.";
        assertEquals(Set.of(DenialReason.NO_RED_FLAGS), account("X-rays cervical spine", s).reasons().keySet());
        assertEquals(Set.of(DenialReason.NO_FUNCTIONAL_IMPROVEMENT), account("Acupuncture 2x3", s).reasons().keySet());
        assertEquals(Set.of(DenialReason.REQUEST_INCOMPLETE), account("Range of motion test", s).reasons().keySet());
        assertEquals(UrDecision.UNKNOWN, account("Jamar grip test", s).decision());
    }

    @Test
    void aRequestForOtherBodyRegionsSaysNothingOfThisItem() {
        // CM17-0003284
        String s = "The request for the MRI of the cervical and lumbar spine was previously denied due to a lack of red flags.";
        assertEquals(UrDecision.NON_CERTIFIED, account("MRI of the cervical spine", s).decision());
        assertEquals(UrDecision.UNKNOWN, account("MRI of the left wrist", s).decision());
    }

    @Test
    void theAssociatedRequestsOfADeniedProcedureAreAdjunctToIt() {
        String[] s = {"The utilization review dated 12/01/2016 non-certified the request for right knee arthroscopy due to a lack "
                + "of documented conservative care.", "The associated requests were also non-certified."};
        var surgery = account("Right knee arthroscopy", s);
        assertEquals(Set.of(DenialReason.NO_CONSERVATIVE_CARE_TRIAL), surgery.reasons().keySet());
        var clearance = account("Pre-operative medical clearance", s);
        assertEquals(UrDecision.NON_CERTIFIED, clearance.decision());
        assertTrue(clearance.reasons().containsKey(DenialReason.ADJUNCT_TO_DENIED), clearance.reasons().toString());
        var assistant = account("Assistant surgeon", "The utilization review non-certified the request for the assistant surgeon as "
                + "the requested right shoulder arthroscopy was not certified.");
        assertEquals(Set.of(DenialReason.ADJUNCT_TO_DENIED), assistant.reasons().keySet());
        String[] so = {"The utilization review dated 12/01/2016 found the lumbar fusion not medically necessary due to a lack of "
                + "instability, and therefore the associated inpatient stay was not medically necessary."};
        assertEquals(Set.of(DenialReason.ADJUNCT_TO_DENIED), account("Inpatient stay 3 days", so).reasons().keySet());
        assertFalse(account("Lumbar fusion L4-5", so).reasons().containsKey(DenialReason.ADJUNCT_TO_DENIED));
    }

    // --- round 3: phrasings of half A of the blind letters (CM16-0234464, CM17-0013716, CM17-0002106)

    static Stream<Arguments> roundThreePhrasings() {
        return Stream.of(
                Arguments.of("Lidocaine ointment", DenialReason.CRITERIA_NOT_MET,
                        "The request for lidocaine ointment was previously denied due to a lack of neuropathic pain."),
                Arguments.of("Pantoprazole 20mg #60", DenialReason.CRITERIA_NOT_MET,
                        "The pantoprazole had been previously denied due to clinical notes not clearly documenting chronic "
                                + "nonsteroidal anti-inflammatory drug therapy or gastrointestinal complaints."),
                // a more specific reason in the same cause leaves no room for criteria_not_met's last resort
                Arguments.of("Diclofenac 75mg", DenialReason.NO_CONSERVATIVE_CARE_TRIAL,
                        "The request for diclofenac was previously denied due to a lack of documentation of any previous "
                                + "nonprescription medications."),
                Arguments.of("Cyclobenzaprine 7.5mg #60", DenialReason.NOT_RECOMMENDED,
                        "The request for cyclobenzaprine was previously denied due to guideline recommend for short term "
                                + "treatment."),
                Arguments.of("CT scan of the head", DenialReason.NO_RED_FLAGS,
                        "Regarding CT scan of the head, the request is not medically necessary given there is no evidence of "
                                + "neurologic impairment or loss of consciousness/amnesia."));
    }

    @ParameterizedTest
    @MethodSource
    void roundThreePhrasings(String item, DenialReason reason, String sentence) {
        assertEquals(Set.of(reason), reasons(item, sentence));
    }
}
