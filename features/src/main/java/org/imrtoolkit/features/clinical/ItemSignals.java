package org.imrtoolkit.features.clinical;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The signals of issue 18 that decide overturns and that an analyst reads as reasons: whether the
 * item goes with a surgery requested now, the objective findings the summary documents for it, and
 * whether it is a first trial within the guideline's limit.
 *
 * @param partOfSurgeryRequest    the item is a service that goes with a surgery or procedure requested now
 * @param procedureItem           the letter's item (from 1) that is that procedure; null when it is not
 *                                among the letter's items or the item is not part of a surgery request
 * @param objectiveFindings       each kind of objective finding documented, with the summary's words for it
 * @param initialTrialWithinLimit no prior course of the kind and the visits asked for within the initial
 *                                trial; null when the item is no therapy course or the count or limit is not known
 * @param initialTrialLimit       the initial-trial limit that applied; null when none did
 * @param courseKind              the kind of therapy course the item asks for; empty when none
 */
public record ItemSignals(boolean partOfSurgeryRequest, Integer procedureItem,
                          Map<FindingKind, String> objectiveFindings, Boolean initialTrialWithinLimit,
                          Integer initialTrialLimit, String courseKind) {

    /** No signal: what a case read before these inputs existed carries. */
    public static final ItemSignals NONE = new ItemSignals(false, null, Map.of(), null, null, "");

    public ItemSignals {
        if (procedureItem != null && !partOfSurgeryRequest) {
            throw new IllegalArgumentException("a procedure item only for an item that is part of a surgery request");
        }
        EnumMap<FindingKind, String> sorted = new EnumMap<>(FindingKind.class);
        sorted.putAll(objectiveFindings);
        objectiveFindings = Collections.unmodifiableMap(sorted);
        Objects.requireNonNull(courseKind, "courseKind");
    }

    /**
     * Whether a course asks more visits than its initial trial allows: the reason a course is no
     * first trial that its evidence quotes and its label names before a prior course of the kind.
     */
    public static boolean overTrial(Integer asked, Integer trialLimit) {
        return asked != null && trialLimit != null && asked > trialLimit;
    }
}
