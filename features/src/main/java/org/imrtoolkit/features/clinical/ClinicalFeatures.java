package org.imrtoolkit.features.clinical;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.imrtoolkit.core.letter.Sex;
import org.imrtoolkit.features.Evidence;

/**
 * The named clinical features of one case. Numbers and flags are null where the text does not say.
 *
 * @param id                    the case's id
 * @param requestedSessionsMin  fewest sessions the request asks for (null: not a counted service, or not stated)
 * @param requestedSessionsMax  most sessions the request asks for
 * @param priorVisits           largest count of prior therapy visits documented
 * @param priorTherapy          whether prior PT/OT/chiropractic/acupuncture is documented
 * @param functionalImprovement documented, not documented, or unknown
 * @param treatmentType         the item's treatment type
 * @param treatmentName         the words that named it ("Zanaflex", "MRI"); empty when none
 * @param itemBodyRegions       body regions the item names
 * @param summaryBodyRegions    body regions the summary names
 * @param age                   age in years
 * @param sex                   sex
 * @param monthsSinceInjury     months from the date of injury to the latest date the summary mentions
 * @param postSurgical          whether a surgery is documented as done
 * @param monthsSinceSurgery    months from the surgery to the latest date the summary mentions
 * @param diagnosisGroup        the MTUS physical-medicine group
 * @param guidelineLimit        the visit limit that applies, where one does
 * @param exceedsGuideline      requested sessions plus prior visits above that limit
 * @param workStatus            the last work status stated
 * @param urDecision            what the utilization review did with this item, as the summary reports it
 * @param urReasons             the reasons the summary reports the utilization review gave
 * @param evidence              where each value came from
 * @param signals               surgery request, objective findings and first trial (issue 18)
 */
public record ClinicalFeatures(String id, Integer requestedSessionsMin, Integer requestedSessionsMax,
                               Integer priorVisits, boolean priorTherapy,
                               FunctionalImprovement functionalImprovement, TreatmentType treatmentType,
                               String treatmentName, Set<BodyRegion> itemBodyRegions,
                               Set<BodyRegion> summaryBodyRegions, Integer age, Sex sex, Integer monthsSinceInjury,
                               boolean postSurgical, Integer monthsSinceSurgery, DiagnosisGroup diagnosisGroup,
                               Integer guidelineLimit, Boolean exceedsGuideline,
                               WorkStatus workStatus, UrDecision urDecision, Set<DenialReason> urReasons,
                               List<Evidence> evidence, ItemSignals signals) {

    public ClinicalFeatures {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(functionalImprovement, "functionalImprovement");
        Objects.requireNonNull(treatmentType, "treatmentType");
        Objects.requireNonNull(treatmentName, "treatmentName");
        itemBodyRegions = Set.copyOf(itemBodyRegions);
        summaryBodyRegions = Set.copyOf(summaryBodyRegions);
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(diagnosisGroup, "diagnosisGroup");
        Objects.requireNonNull(workStatus, "workStatus");
        Objects.requireNonNull(urDecision, "urDecision");
        urReasons = Set.copyOf(urReasons);
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(signals, "signals");
    }

    /**
     * The utilization review modified this item (certified less than was asked): {@code urDecision ==
     * MODIFIED}, read from the UR's clause about this item only; modified duty or work, activity
     * modification and a doctor's change of medication are no UR modification.
     */
    public boolean urModified() {
        return urDecision == UrDecision.MODIFIED;
    }
}
