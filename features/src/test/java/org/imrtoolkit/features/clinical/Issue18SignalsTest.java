package org.imrtoolkit.features.clinical;

import static org.imrtoolkit.features.clinical.UrSummaries.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.imrtoolkit.core.io.LetterReader;
import org.imrtoolkit.core.letter.Case;
import org.imrtoolkit.core.letter.Letter;
import org.imrtoolkit.core.letter.LetterItems;
import org.imrtoolkit.core.nlp.TextAnnotator;
import org.imrtoolkit.core.testing.SharedData;
import org.imrtoolkit.features.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The overturn signals of issue 18 on real sentences and item lines of the dev letters (the
 * letters of core/src/test/resources/gold/dev-84.tsv; letter ids given), a few written in their
 * style where the dev letters have no instance ("rule out ... tear"), and on whole dev letters.
 */
class Issue18SignalsTest {

    private final BodyRegions regions = new BodyRegions();
    private final ObjectiveFindings findings = new ObjectiveFindings(regions);
    private final TreatmentClassifier treatments = new TreatmentClassifier();
    private final SurgeryRequest surgery = new SurgeryRequest(treatments, regions);
    private final InitialTrial trial = new InitialTrial(new GuidelineLimits());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // CM16-0229336
            "A review of the medical records indicates that the injured worker is undergoing treatment for acute Lisfranc fracture, diabetes mellitus, hypertension and dyslipidemia.|FRACTURE",
            // CM16-0236969
            "Cervical spine x rays showed no fractures or subluxation.|",
            "It is documented the injured worker had x-rays done on 10-14-2016 of the lumbar spine showed no fractures, or subluxations.|",
            // CM17-0006912
            "The foot seemed to be okay with no fracture identified.|",
            // CM16-0247287
            "On December 1, 2016, the applicant reported ongoing issues with shoulder pain attributed to a full-thickness, near-complete tear of the supraspinatus tendon with underlying calcifying tendonitis.|FULL_THICKNESS_TEAR",
            "Moderate weakness was noted.|NEUROLOGICAL_DEFICIT",
            // CM17-0002892
            "The patient was noted to have locking/ catching and instability.|LOCKING INSTABILITY",
            "Diagnostic studies included an MRI of the right knee dated 11/01/2016, that revealed medial meniscal tearing, effusion, poorly visualized ACL with possible partial tear, possible tendinopathy, and edema.|MENISCAL_OR_LABRAL_TEAR",
            // CM16-0246487: the UR's reason, negated
            "The original utilization review dated 11/21/2016 denied the request for shoulder surgery due to there is no evidence of recurrent instability, and the patient does not have any other dislocation event other than the initial event.|",
            // CM16-0248698
            "Motor strength was 4/5 in the bilateral lower extremities.|NEUROLOGICAL_DEFICIT",
            "There was decreased sensation in the L4-S1 distribution.|NEUROLOGICAL_DEFICIT",
            // CM16-0236969, CM16-0247802, CM17-0003623
            "There is no weakness in the upper extremities.|",
            "Motor strength, sensation, and reflexes were normal.|",
            "The prior review, dated 12/05/2016, indicated that the request for spine surgery evaluation was non-certified due to a lack of documented evidence of failure of conservative treatment, red flag conditions, surgical indication, as well as focal neurologic deficits to support the request.|",
            "The medical records do not reveal any red flags noted by the treating physician or neurological deficits pertaining to the cervical spine.|",
            "There is insufficient documentation of neurologic dysfunction, such as deficits in dermatomal sensation, motor strength or reflexes.|",
            // CM17-0004133
            "There was a horizontal surgical incision in the suprapubic region approximately 13 cm in length, approximately 22 stables in place with the incision appearing to be healing well with no drainage or evidence of infection.|",
            // written in the style of CM16-0246635 ("to rule out disc disease"): a finding to rule out is no finding
            "The treatment plan included magnetic resonance imaging of the right shoulder to rule out a full-thickness rotator cuff tear.|",
            "The treating physician suspected a fracture of the scaphoid.|",
            "The x-ray was suspicious for a fracture of the scaphoid.|",
            // a guideline's general statement says nothing of the patient
            "The MTUS guidelines recommend imaging when red flags such as fracture or infection are present.|"})
    void affirmedFindingsOnly(String sentence, String expected) {
        List<FindingKind> want = expected == null ? List.of()
                : Arrays.stream(expected.split(" ")).map(FindingKind::valueOf).toList();
        assertEquals(want, findings.inSentence(sentence), sentence);
    }

    @Test
    void aFindingOfAnotherBodyPartDoesNotCountForTheItem() {
        // CM16-0248233
        String s = "A review of the medical records indicates that the injured worker (IW) is undergoing treatment for "
                + "left hand injury with fracture of the 5th finger.";
        TextUnit unit = summary(s);
        assertEquals(Set.of(), findings.find(unit, EnumSet.of(BodyRegion.KNEE)).keySet());
        assertEquals(Set.of(FindingKind.FRACTURE), findings.find(unit, EnumSet.of(BodyRegion.WRIST_HAND)).keySet());
        // an item that names no body region (a medication) takes the finding
        assertEquals(Set.of(FindingKind.FRACTURE), findings.find(unit, Set.of()).keySet());
    }

    @Test
    void aNeurologicalDeficitOfALimbIsItsSpines() {
        // CM16-0248698 and CM16-0247274 (dev letters): a leg's deficit is the lumbar spine's, not a
        // hip's; a forearm's is the cervical spine's, not the low back's
        String legs = "Motor strength was 4/5 in the bilateral lower extremities.";
        TextUnit unit = summary(legs);
        assertEquals(Set.of(FindingKind.NEUROLOGICAL_DEFICIT), findings.find(unit, EnumSet.of(BodyRegion.LUMBAR)).keySet());
        assertEquals(Set.of(), findings.find(unit, EnumSet.of(BodyRegion.HIP)).keySet());
        String forearm = "Motor strength was normal at 5/5 with decreased sensation over the lateral forearm on the right.";
        unit = summary(forearm);
        assertEquals(Set.of(), findings.find(unit, EnumSet.of(BodyRegion.LUMBAR)).keySet());
        assertEquals(Set.of(FindingKind.NEUROLOGICAL_DEFICIT), findings.find(unit, EnumSet.of(BodyRegion.CERVICAL)).keySet());
        // a sentence that names neither a region nor a limb still counts for every item
        String plain = "There was decreased sensation noted on examination.";
        unit = summary(plain);
        assertEquals(Set.of(FindingKind.NEUROLOGICAL_DEFICIT), findings.find(unit, EnumSet.of(BodyRegion.HIP)).keySet());
    }

    /** CM16-0246487's six items: the shoulder arthroscopy and the services that go with it. */
    private static final List<String> BANKART = List.of(
            "Left shoulder arthroscopy with Bankart repair, possible biceps tenodesis",
            "Associated surgical service: Physical therapy, times 12",
            "Associated surgical service: Cold therapy for one week",
            "Associated surgical service: Slingshot sling",
            "Post-op Percocet 5/325mg",
            "Post-op Zofran");

    @Test
    void servicesOfASurgeryAmongTheItemsFollowIt() {
        assertFalse(surgery.find(BANKART.get(0), BANKART, 1).dependent(), "the procedure itself");
        for (int n = 2; n <= BANKART.size(); n++) {
            SurgeryRequest.Finding f = surgery.find(BANKART.get(n - 1), BANKART, n);
            assertTrue(f.dependent(), BANKART.get(n - 1));
            assertEquals(1, f.procedureItem(), BANKART.get(n - 1));
        }
        // CM17-0002892: the procedure is typed 'other' for its "evaluation of ACL", and is still the procedure
        List<String> knee = List.of("Right knee arthroscopy with evaluation of ACL, medical meniscectomy", "PA assist",
                "Post operative physical therapy for the right knee 2 times a week for 6 weeks");
        assertEquals(1, surgery.find(knee.get(1), knee, 2).procedureItem());
        assertEquals(1, surgery.find(knee.get(2), knee, 3).procedureItem());
        // CM16-0247274: therapy with no word of surgery in a letter that asks for a neuroplasty is its own request
        List<String> neuroplasty = List.of("Neuroplasty, lumbar spine", "Injection of neurolytic substance, lumbar spine",
                "Physical therapy, 6 sessions, cervical and thoracic spine");
        assertFalse(surgery.find(neuroplasty.get(2), neuroplasty, 3).dependent());
        // a spine surgery evaluation (CM16-0247802) asks for a consultation, not a procedure
        List<String> evaluation = List.of("Spine surgery evaluation for the lumbar", "Lidocaine 5% patch #1");
        assertFalse(surgery.isProcedure(evaluation.get(0)));
    }

    @Test
    void preOperativeServicesGoWithASurgeryOutsideTheItems() {
        // CM17-0010420: the hernia repair is not among the items
        List<String> items = List.of("Pre-op chest x-ray", "Pre-op labs: CBC", "Post-op Norco 5/325mg #60");
        SurgeryRequest.Finding f = surgery.find(items.get(0), items, 1);
        assertTrue(f.dependent());
        assertNull(f.procedureItem());
    }

    @Test
    void therapyAfterASurgeryAlreadyDoneIsNotPartOfASurgeryRequest() {
        String item = "Post-operative hand therapy for 6 sessions";
        // CM16-0248233: the surgery was done
        TextUnit done = summary("Relevant treatments have included: left hand surgery (10-22-2016), physical therapy, "
                + "work restrictions, and medications.");
        assertFalse(surgery.find(item, new LetterItems(List.of(item), 1), done).dependent());
        // CM17-0015957: the surgery is requested now
        TextUnit requested = summary("The treatment plan included a request for an arthroscopy of the left knee and ibuprofen.");
        assertTrue(surgery.find(item, new LetterItems(List.of(item), 1), requested).dependent());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // CM16-0235869/6: a first biofeedback course of 4, the trial's upper end
            "Four sessions of biofeedback two times a week times 2 weeks|PSYCH|4|true|biofeedback",
            // CM17-0007857, CM17-0006634: acupuncture within 3-6
            "Acupuncture for 2 sessions|ACUPUNCTURE|2|true|acupuncture",
            "Six sessions of acupuncture one time a week for six weeks|ACUPUNCTURE|6|true|acupuncture",
            // CM16-0248698: 12 acupuncture sessions are more than the trial
            "Acupuncture 12 sessions|ACUPUNCTURE|12|false|acupuncture",
            // CM16-0228949: a course continued is no first trial
            "Continue physical therapy 3 times a week for 2 weeks|PHYSICAL_THERAPY|6|false|physical_therapy",
            // CM17-0003192: chiropractic's trial is 6
            "5 sessions of chiropractic physiotherapy for the left elbow|CHIROPRACTIC|5|true|chiropractic"})
    void aFirstTrialWithinTheGuideline(String item, TreatmentType type, int asked, Boolean within, String kind) {
        InitialTrial.Result r = trial.read(item, type, DiagnosisGroup.MYALGIA, asked, summary("Her pain is constant."));
        assertEquals(within, r.within(), item);
        assertEquals(kind, r.kind(), item);
    }

    @Test
    void priorTherapyOfTheKindOrNoTherapyCourse() {
        // CM17-0006912: physical therapy had before
        TextUnit had = summary("The prior treatment included medications, splinting, physical therapy, and surgery.");
        assertEquals(false, trial.read("Physical therapy 6 sessions", TreatmentType.PHYSICAL_THERAPY,
                DiagnosisGroup.MYALGIA, 6, had).within());
        // ... which says nothing of acupuncture
        assertEquals(true, trial.read("Acupuncture for 2 sessions", TreatmentType.ACUPUNCTURE, DiagnosisGroup.MYALGIA, 2,
                had).within());
        assertNull(trial.read("MRI of the lumbar spine", TreatmentType.IMAGING, DiagnosisGroup.MYALGIA, null, had).within());
        assertNull(trial.read("Physical therapy", TreatmentType.PHYSICAL_THERAPY, DiagnosisGroup.MYALGIA, null,
                summary("Her pain is constant.")).within(), "no count asked: not known");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Partial hospitalization program, 5 days a week for 2 weeks|PSYCH",
            "Partial hospitalization|PSYCH",
            "Sit-stand workstation|DME",
            "Sit/stand desk for the office|DME"})
    void issue18TreatmentTypes(String item, TreatmentType type) {
        assertEquals(type, treatments.classify(item).value(), item);
    }

    @Test
    void aDevLetterWithASurgeryRequestGivesEachItemItsSignalsWithEvidence() throws Exception {
        Path file = SharedData.shared("wc-letters/txt").resolve("CM16-0246487.txt");
        Letter letter = new LetterReader().read(file);
        ClinicalFeatureExtractor extractor = new ClinicalFeatureExtractor(new TextAnnotator());
        List<Case> cases = letter.cases();
        assertEquals(6, cases.size());
        assertEquals(6, cases.get(2).letterItems().texts().size());
        ClinicalFeatures procedure = extractor.extract(cases.get(0));
        assertFalse(procedure.signals().partOfSurgeryRequest());
        ClinicalFeatures cold = extractor.extract(cases.get(2));
        assertTrue(cold.signals().partOfSurgeryRequest());
        assertEquals(1, cold.signals().procedureItem());
        Evidence marker = evidence(cold, "part_of_surgery_request");
        assertEquals("item", marker.source());
        Evidence proc = evidence(cold, "procedure_item");
        assertEquals("item 1", proc.source());
        assertEquals(cases.get(0).item(), proc.sentence());
        // the recurrent dislocations of the shoulder the summary documents
        assertTrue(cold.signals().objectiveFindings().containsKey(FindingKind.INSTABILITY), cold.signals().toString());
        Evidence finding = evidence(cold, "objective_findings");
        assertEquals("summary", finding.source());
        assertTrue(finding.sentence().contains(cold.signals().objectiveFindings().get(FindingKind.INSTABILITY)));
    }

    private static Evidence evidence(ClinicalFeatures f, String feature) {
        return f.evidence().stream().filter(e -> e.feature().equals(feature)).findFirst()
                .orElseThrow(() -> new AssertionError("no evidence of " + feature + " in " + f.evidence()));
    }
}
