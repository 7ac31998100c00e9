package org.imrtoolkit.features.clinical;

import static org.imrtoolkit.features.clinical.UrSummaries.UR;
import static org.imrtoolkit.features.clinical.UrSummaries.account;
import static org.imrtoolkit.features.clinical.UrSummaries.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The UR sentence patterns, on short sentences written in the manner of the case summaries. */
class UtilizationReviewAccountTest {

    @Test
    void aDenialWithItsCause() {
        var a = account("MRI of the lumbar spine",
                "The injured worker is a 45 year old male.",
                "The original utilization review dated 11/22/2016 denied the request for MRI of the lumbar spine, "
                        + "due to there was no evidence the patient has tried and failed conservative care.");
        assertEquals(UrDecision.NON_CERTIFIED, a.decision());
        assertEquals(Set.of(DenialReason.NO_CONSERVATIVE_CARE_TRIAL), a.reasons().keySet());
    }

    @Test
    void theDecisionAndReasonsKeepTheirSpans() {
        TextUnit s = summary("On 12-01-2016, Utilization Review non-certified the request for Cyclobenzaprine 7.5 mg #60, "
                + "citing no documented functional improvement.");
        var a = UR.forItem(UR.clauses(s), "Cyclobenzaprine 7.5mg #60");
        assertEquals("non-certified", s.text().substring(a.evidence().begin(), a.evidence().end()));
        var fi = a.reasons().get(DenialReason.NO_FUNCTIONAL_IMPROVEMENT);
        assertTrue(s.text().substring(fi.begin(), fi.end()).contains("functional improvement"), s.text().substring(fi.begin(), fi.end()));
    }

    @Test
    void aDenialWithNoCauseGivesNoReason() {
        var a = account("Cervical spine MRI without contrast",
                "On 11-04-2016 the request for cervical spine magnetic resonance imaging without contrast was non-certified "
                        + "by utilization review.");
        assertEquals(UrDecision.NON_CERTIFIED, a.decision());
        assertEquals(Set.of(), a.reasons().keySet());
    }

    @Test
    void aModificationToTheInitialTrialExceedsTheGuideline() {
        var a = account("Acupuncture 12 sessions",
                "The request for acupuncture was modified to allow for 6 sessions as recommended by the guidelines.");
        assertEquals(UrDecision.MODIFIED, a.decision());
        assertEquals(Set.of(DenialReason.EXCEEDS_GUIDELINE_LIMIT), a.reasons().keySet());
    }

    @Test
    void authorizedByTheClaimsAdministratorIsAModification() {
        var a = account("Chiropractic therapy sessions for the cervical spine, #2",
                "On 12-22-2016, the Utilization Review modified the request.",
                "Chiropractic therapy sessions for the cervical spine, #6 was authorized by the Claims Administrator.");
        assertEquals(UrDecision.MODIFIED, a.decision());
    }

    @Test
    void modifiedDutyIsNoDecision() {
        var a = account("MRI of the right shoulder",
                "The injured worker is working modified duties.",
                "Work status included modified work with activity modification.");
        assertEquals(UrDecision.UNKNOWN, a.decision());
        assertNull(a.evidence());
    }

    @Test
    void eachItemTakesItsOwnClauseOfASentenceWithSeveralDecisions() {
        String sentence = "These requests were previously reviewed on 12/15/2016 and resulted in non-certification of MRI of the "
                + "right knee due to lack of exhaustion of conservative treatment prior to an imaging study, non-certification "
                + "for chiropractic therapy for the right elbow due to not being supported as a treatment option in the elbow "
                + "and modification for an initial 6 sessions of chiropractic for the lumbar spine as is recommended for an "
                + "initial trial.";
        var mri = account("MRI of the right knee", sentence);
        assertEquals(UrDecision.NON_CERTIFIED, mri.decision());
        assertEquals(Set.of(DenialReason.NO_CONSERVATIVE_CARE_TRIAL), mri.reasons().keySet());
        var elbow = account("Chiropractic therapy two times a week for four weeks for the right elbow", sentence);
        assertEquals(UrDecision.NON_CERTIFIED, elbow.decision());
        assertEquals(Set.of(DenialReason.NOT_RECOMMENDED), elbow.reasons().keySet());
        var lumbar = account("Chiropractic therapy for the lumbar spine, 8 sessions", sentence);
        assertEquals(UrDecision.MODIFIED, lumbar.decision());
        assertEquals(Set.of(DenialReason.EXCEEDS_GUIDELINE_LIMIT), lumbar.reasons().keySet());
    }

    @Test
    void twoDecisionsOfOneSentenceSplitAtAnd() {
        String sentence = "The original utilization review (1-13-17) denied a request for twelve physical therapy visits for the "
                + "cervical spine and partially approved a request for nine physical therapy visits for the right shoulder.";
        assertEquals(UrDecision.NON_CERTIFIED, account("Twelve physical therapy visits for the Cervical Spine", sentence).decision());
        assertEquals(UrDecision.MODIFIED, account("Three physical therapy visits for the right shoulder", sentence).decision());
    }

    @Test
    void otherNamesOfATreatmentTieTheItem() {
        var a = account("EMG/NCV of the upper extremities",
                "Prior review dated 12/20/2016 denied a request for electrodiagnostic studies, due to the fact there was no "
                        + "documentation of focal neurological deficits.",
                "The request for Naproxen 550mg was denied as it is not recommended for chronic use.");
        assertEquals(Set.of(DenialReason.NO_RED_FLAGS), a.reasons().keySet());
        var naprosyn = account("Naprosyn 550mg #60",
                "The request for Naproxen 550mg was denied as it is not recommended for chronic use.");
        assertEquals(Set.of(DenialReason.NOT_RECOMMENDED), naprosyn.reasons().keySet());
    }

    @Test
    void theTreatmentTypeTiesWhenNoWordOfTheItemDoes() {
        var a = account("Orphenadrine Citrate ER 100mg tabs #30",
                "The prior review indicated that the request for spine surgery evaluation was non-certified due to a lack of "
                        + "documented red flag conditions.",
                "Additionally, the requested medications were non-certified due to a lack of documented evidence of muscle spasms.");
        assertEquals(Set.of(DenialReason.CRITERIA_NOT_MET), a.reasons().keySet());
    }

    @Test
    void aSentenceNamingNoTreatmentIsTheLettersAccount() {
        var a = account("Continue physical therapy 3 times a week for 2 weeks",
                "The Utilization Review dated 11-16-16, denied the request, citing a lack of documented functional improvement "
                        + "from prior physical therapy.");
        assertEquals(UrDecision.NON_CERTIFIED, a.decision());
        assertEquals(Set.of(DenialReason.NO_FUNCTIONAL_IMPROVEMENT), a.reasons().keySet());
    }

    /** Issue 18: a decision told of another request only says nothing of this one, nor do its reasons. */
    @Test
    void anotherItemsDecisionAndReasonsAreNotThisItems() {
        var a = account("Acupuncture 3 times a week for 2 weeks",
                "The utilization review dated 12/23/2016 denied the request for imaging studies due to there was no evidence "
                        + "of red flag conditions.");
        assertEquals(UrDecision.UNKNOWN, a.decision());
        assertEquals(Set.of(), a.reasons().keySet());
        assertNull(a.evidence());
    }

    @Test
    void aDecisionRightAfterASentenceAboutTheUrIsRead() {
        var a = account("Additional physical therapy lumbar spine two times a week for three weeks",
                "The previous denial for the requests below was on 12/16/2016.",
                "Physical therapy was denied due to lack of documentation regarding functional improvements made during "
                        + "treatment and the MRI was denied due to lack of evidence supporting the need for the procedure.");
        assertEquals(UrDecision.NON_CERTIFIED, a.decision());
        assertEquals(Set.of(DenialReason.NO_FUNCTIONAL_IMPROVEMENT), a.reasons().keySet());
    }

    @Test
    void aRationaleNotGivenIsARequestIncomplete() {
        var a = account("Physical exam 2 times 8",
                "A prior review dated 11/13/2016 indicated that the request for physical examination was non-certified due to "
                        + "a lack of documentation with a clear rationale for providing concurrent physical modalities.");
        assertEquals(Set.of(DenialReason.REQUEST_INCOMPLETE), a.reasons().keySet());
    }

    @Test
    void theGuidelinesNameInTheCauseDoesNotMakeItAQuotation() {
        var a = account("Physical therapy 2 times a week for 6 weeks",
                "This case has been previously reviewed and denied on 11/10/2016 for no documentation to support exceeding "
                        + "the recommended guideline criteria for additional physical therapy.");
        assertEquals(Set.of(DenialReason.EXCEEDS_GUIDELINE_LIMIT), a.reasons().keySet());
    }
}
