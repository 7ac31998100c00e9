package org.imrtoolkit.features.clinical;

import java.util.List;
import java.util.Set;

import org.imrtoolkit.features.Evidence;

/**
 * The clinical features of a case summary, which every item of a letter shares; computed once per
 * letter by {@link ClinicalFeatureExtractor#summary}.
 *
 * @param summary   the summary's text, to check it is given with its own case
 * @param unit      the summary split into sentences
 * @param urClauses the decisions of the utilization review the summary reports, with their reasons
 * @param findings  the objective findings its sentences affirm, for each item to pick its body regions'
 */
public record SummaryFeatures(String summary, TextUnit unit, Integer priorVisits, boolean priorTherapy,
                              FunctionalImprovement functionalImprovement, Set<BodyRegion> summaryBodyRegions,
                              Integer monthsSinceInjury, boolean postSurgical, Integer monthsSinceSurgery,
                              DiagnosisGroup diagnosisGroup, WorkStatus workStatus,
                              List<UtilizationReviewAccount.Clause> urClauses, List<Evidence> evidence,
                              ObjectiveFindings.Reading findings) {

    public SummaryFeatures {
        summaryBodyRegions = Set.copyOf(summaryBodyRegions);
        urClauses = List.copyOf(urClauses);
        evidence = List.copyOf(evidence);
    }
}
