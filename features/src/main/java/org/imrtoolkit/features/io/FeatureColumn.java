package org.imrtoolkit.features.io;

import java.util.Collection;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.imrtoolkit.core.io.JsonType;
import org.imrtoolkit.features.clinical.BodyRegion;
import org.imrtoolkit.features.clinical.ClinicalFeatures;
import org.imrtoolkit.features.clinical.DenialReason;
import org.imrtoolkit.features.clinical.FindingKind;

/**
 * The columns of {@code imr features}' CSV, in order; the one place that names them. New columns go
 * at the end, so that a reader of older files finds the others where they were.
 */
public enum FeatureColumn {
    ID(ClinicalFeatures::id),
    REQUESTED_SESSIONS_MIN(JsonType.INTEGER, f -> text(f.requestedSessionsMin())),
    REQUESTED_SESSIONS_MAX(JsonType.INTEGER, f -> text(f.requestedSessionsMax())),
    PRIOR_VISITS(JsonType.INTEGER, f -> text(f.priorVisits())),
    PRIOR_THERAPY(JsonType.BOOLEAN, f -> text(f.priorTherapy())),
    FUNCTIONAL_IMPROVEMENT(f -> f.functionalImprovement().label()),
    TREATMENT_TYPE(f -> f.treatmentType().label()),
    TREATMENT_NAME(ClinicalFeatures::treatmentName),
    ITEM_BODY_REGIONS(f -> regions(f.itemBodyRegions())),
    SUMMARY_BODY_REGIONS(f -> regions(f.summaryBodyRegions())),
    AGE(JsonType.INTEGER, f -> text(f.age())),
    SEX(f -> f.sex().label()),
    MONTHS_SINCE_INJURY(JsonType.INTEGER, f -> text(f.monthsSinceInjury())),
    POST_SURGICAL(JsonType.BOOLEAN, f -> text(f.postSurgical())),
    MONTHS_SINCE_SURGERY(JsonType.INTEGER, f -> text(f.monthsSinceSurgery())),
    DIAGNOSIS_GROUP(f -> f.diagnosisGroup().label()),
    GUIDELINE_LIMIT(JsonType.INTEGER, f -> text(f.guidelineLimit())),
    EXCEEDS_GUIDELINE(JsonType.BOOLEAN, f -> text(f.exceedsGuideline())),
    UR_MODIFIED(JsonType.BOOLEAN, f -> text(f.urModified())),
    WORK_STATUS(f -> f.workStatus().label()),
    UR_DECISION(f -> f.urDecision().label()),
    UR_REASON_EXCEEDS_GUIDELINE_LIMIT(JsonType.BOOLEAN, f -> urReason(f, DenialReason.EXCEEDS_GUIDELINE_LIMIT)),
    UR_REASON_NO_FUNCTIONAL_IMPROVEMENT(JsonType.BOOLEAN, f -> urReason(f, DenialReason.NO_FUNCTIONAL_IMPROVEMENT)),
    UR_REASON_HOME_EXERCISE_PROGRAM(JsonType.BOOLEAN, f -> urReason(f, DenialReason.HOME_EXERCISE_PROGRAM)),
    UR_REASON_NO_CONSERVATIVE_CARE_TRIAL(JsonType.BOOLEAN, f -> urReason(f, DenialReason.NO_CONSERVATIVE_CARE_TRIAL)),
    UR_REASON_NO_RED_FLAGS(JsonType.BOOLEAN, f -> urReason(f, DenialReason.NO_RED_FLAGS)),
    UR_REASON_CRITERIA_NOT_MET(JsonType.BOOLEAN, f -> urReason(f, DenialReason.CRITERIA_NOT_MET)),
    UR_REASON_REQUEST_INCOMPLETE(JsonType.BOOLEAN, f -> urReason(f, DenialReason.REQUEST_INCOMPLETE)),
    UR_REASON_NOT_RECOMMENDED(JsonType.BOOLEAN, f -> urReason(f, DenialReason.NOT_RECOMMENDED)),
    UR_REASON_ADJUNCT_TO_DENIED(JsonType.BOOLEAN, f -> urReason(f, DenialReason.ADJUNCT_TO_DENIED)),
    PART_OF_SURGERY_REQUEST(JsonType.BOOLEAN, f -> text(f.signals().partOfSurgeryRequest())),
    /** The letter's item that is the procedure; "absent" when it is not among the letter's items. */
    PROCEDURE_ITEM(f -> !f.signals().partOfSurgeryRequest() ? ""
            : f.signals().procedureItem() == null ? "absent" : f.signals().procedureItem().toString()),
    /** The kinds of objective finding documented, joined by ';'. */
    OBJECTIVE_FINDINGS(f -> f.signals().objectiveFindings().keySet().stream().map(FindingKind::label)
            .collect(Collectors.joining(";"))),
    INITIAL_TRIAL_WITHIN_LIMIT(JsonType.BOOLEAN, f -> text(f.signals().initialTrialWithinLimit()));

    private final JsonType type;
    private final Function<ClinicalFeatures, String> value;

    FeatureColumn(Function<ClinicalFeatures, String> value) {
        this(JsonType.STRING, value);
    }

    FeatureColumn(JsonType type, Function<ClinicalFeatures, String> value) {
        this.type = type;
        this.value = value;
    }

    /** The column's type: counts are integers and flags booleans in JSON lines and in the store's table. */
    public JsonType type() {
        return type;
    }

    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String valueOf(ClinicalFeatures features) {
        return value.apply(features);
    }

    private static String urReason(ClinicalFeatures f, DenialReason reason) {
        return Boolean.toString(f.urReasons().contains(reason));
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    /** Regions in the enum's order, joined by ';'. */
    private static String regions(Collection<BodyRegion> regions) {
        return regions.stream().sorted().map(BodyRegion::label).collect(Collectors.joining(";"));
    }
}
