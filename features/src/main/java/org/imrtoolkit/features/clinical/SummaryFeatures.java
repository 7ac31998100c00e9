package org.imrtoolkit.features.clinical;

import java.util.List;
import java.util.Set;

import org.imrtoolkit.features.Evidence;

/**
 * The clinical features of a case summary, which every item of a letter shares; computed once per
 * letter by {@link ClinicalFeatureExtractor#summary}.
 *
 * @param summary the summary's text, to check it is given with its own case
 * @param unit    the summary split into sentences
 */
public record SummaryFeatures(String summary, TextUnit unit, Integer priorVisits, boolean priorTherapy,
                              FunctionalImprovement functionalImprovement, Set<BodyRegion> summaryBodyRegions,
                              Integer monthsSinceInjury, boolean postSurgical, Integer monthsSinceSurgery,
                              DiagnosisGroup diagnosisGroup, boolean urModified, WorkStatus workStatus,
                              List<Evidence> evidence) {

    public SummaryFeatures {
        summaryBodyRegions = Set.copyOf(summaryBodyRegions);
        evidence = List.copyOf(evidence);
    }
}
