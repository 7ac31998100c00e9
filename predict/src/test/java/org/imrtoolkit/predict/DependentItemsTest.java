package org.imrtoolkit.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.imrtoolkit.core.letter.Sex;
import org.imrtoolkit.features.Evidence;
import org.imrtoolkit.features.clinical.ClinicalFeatures;
import org.imrtoolkit.features.clinical.DiagnosisGroup;
import org.imrtoolkit.features.clinical.FindingKind;
import org.imrtoolkit.features.clinical.FunctionalImprovement;
import org.imrtoolkit.features.clinical.ItemSignals;
import org.imrtoolkit.features.clinical.TreatmentType;
import org.imrtoolkit.features.clinical.UrDecision;
import org.imrtoolkit.features.clinical.WorkStatus;
import org.junit.jupiter.api.Test;

/** The dependent-item rule on the items of CM17-0015957 (a knee arthroscopy and its pre-op clearance). */
class DependentItemsTest {

    private static final String ARTHROSCOPY = "Arthroscopy of the left knee";

    private static ClinicalFeatures features(String id, TreatmentType type, ItemSignals signals, UrDecision ur,
                                             List<Evidence> evidence) {
        return new ClinicalFeatures(id, null, null, null, false, FunctionalImprovement.UNKNOWN, type, "", Set.of(),
                Set.of(), null, Sex.UNKNOWN, null, false, null, DiagnosisGroup.OTHER, null, null,
                WorkStatus.UNKNOWN, ur, Set.of(), evidence, signals);
    }

    private static Prediction prediction(String id, String item, double p, ClinicalFeatures f) {
        return new Prediction(id, item, p >= 0.5 ? "Overturned" : "Upheld", p,
                List.of(new Reason("treatment_type=other", "treatment: other", 0.4, "", null)), f);
    }

    private static List<Prediction> letter(UrDecision clearanceUr, double clearanceP) {
        ClinicalFeatures surgery = features("L/1", TreatmentType.SURGERY, ItemSignals.NONE, UrDecision.UNKNOWN, List.of());
        Evidence procedure = new Evidence("procedure_item", "1", "item 1", ARTHROSCOPY, 0, 11);
        ClinicalFeatures clearance = features("L/2", TreatmentType.OTHER,
                new ItemSignals(true, 1, Map.of(FindingKind.MENISCAL_OR_LABRAL_TEAR, "meniscus tear"), null, null, ""),
                clearanceUr, List.of(procedure));
        ClinicalFeatures motrin = features("L/3", TreatmentType.MEDICATION, ItemSignals.NONE, UrDecision.UNKNOWN,
                List.of());
        return List.of(prediction("L/1", ARTHROSCOPY, 0.30, surgery),
                prediction("L/2", "Pre-op Clearance", clearanceP, clearance),
                prediction("L/3", "Motrin 600mg #40", 0.70, motrin));
    }

    @Test
    void aDependentItemIsNeverMoreLikelyOverturnedThanItsProcedure() {
        List<Prediction> out = DependentItems.apply(letter(UrDecision.UNKNOWN, 0.62), 0.5, "Overturned", "Upheld");
        assertEquals(0.30, out.get(1).probability(), 1e-12);
        assertEquals("Upheld", out.get(1).predicted());
        Reason first = out.get(1).reasons().get(0);
        assertTrue(first.label().startsWith("follows the procedure item 1: " + ARTHROSCOPY), first.label());
        assertEquals(ARTHROSCOPY, first.source().sentence(), "the procedure item is the evidence");
        assertEquals("", first.evidence(), "named in the label, not quoted twice");
        assertTrue(first.contribution() < 0, "it lowers the chance of Overturned");
        // the item's own reason follows
        assertEquals("treatment: other", out.get(1).reasons().get(1).label());
        // the procedure and an item of its own (not part of the surgery request) keep their predictions
        assertEquals(0.30, out.get(0).probability(), 1e-12);
        assertEquals(0.70, out.get(2).probability(), 1e-12);
    }

    @Test
    void aDependentItemLessLikelyOverturnedThanItsProcedureKeepsItsOwn() {
        List<Prediction> in = letter(UrDecision.UNKNOWN, 0.10);
        assertSame(in.get(1), DependentItems.apply(in, 0.5, "Overturned", "Upheld").get(1));
    }

    @Test
    void itsOwnInputsSayOtherwiseWhenTheUrCertifiedPartOfIt() {
        List<Prediction> in = letter(UrDecision.MODIFIED, 0.62);
        assertSame(in.get(1), DependentItems.apply(in, 0.5, "Overturned", "Upheld").get(1));
    }

    @Test
    void itemsOfAnotherLetterAreNotItsProcedure() {
        List<Prediction> one = letter(UrDecision.UNKNOWN, 0.62);
        // the clearance alone, its letter's procedure not in the run: nothing to follow
        List<Prediction> alone = List.of(one.get(1));
        assertSame(one.get(1), DependentItems.apply(alone, 0.5, "Overturned", "Upheld").get(0));
    }

    @Test
    void theNewInputsInWords() {
        ClinicalFeatures clearance = letter(UrDecision.UNKNOWN, 0.62).get(1).clinical();
        assertEquals("the item goes with the procedure requested as item 1",
                InputLabels.label("part_of_surgery_request", clearance));
        assertEquals("the summary documents a meniscal or labral tear on imaging (\"meniscus tear\")",
                InputLabels.label("objective_findings=meniscal_or_labral_tear", clearance));
        assertEquals("the summary documents a fracture", InputLabels.label("objective_findings=fracture", null));
        ClinicalFeatures acupuncture = new ClinicalFeatures("L/4", 2, 2, null, false, FunctionalImprovement.UNKNOWN,
                TreatmentType.ACUPUNCTURE, "Acupuncture", Set.of(), Set.of(), null, Sex.UNKNOWN, null, false, null,
                DiagnosisGroup.MYALGIA, 6, false, WorkStatus.UNKNOWN, UrDecision.UNKNOWN, Set.of(), List.of(),
                new ItemSignals(false, null, Map.of(), true, 6, "acupuncture"));
        assertEquals("a first course of acupuncture: 2 visits asked, within the guideline's initial trial of 6",
                InputLabels.label("initial_trial_within_limit=true", acupuncture));
        assertTrue(InputLabels.facts(acupuncture).stream().anyMatch(f -> f.feature().equals("initial_trial_within_limit")
                && f.value().equals("true")));
    }
}
