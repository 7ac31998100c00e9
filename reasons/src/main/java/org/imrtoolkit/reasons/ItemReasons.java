package org.imrtoolkit.reasons;

import java.util.Map;
import java.util.Objects;

import org.imrtoolkit.features.clinical.DenialReason;
import org.imrtoolkit.features.clinical.TreatmentType;

/**
 * The reasons one decided item's rationale gives.
 *
 * @param id            {@code <letter_id>/<item_index>}
 * @param decision      the decision
 * @param treatmentType the item's treatment type
 * @param reasons       each reason found, with the rationale sentence it was found in
 * @param limitCited    the visit limit the rationale cites ("8-10 visits"); empty when none
 * @param guidelines    the guidelines the decision cites ("MTUS Physical Medicine p. 98-99; ODG")
 */
public record ItemReasons(String id, String decision, TreatmentType treatmentType, Map<DenialReason, String> reasons,
                          String limitCited, String guidelines) {

    public ItemReasons {
        Objects.requireNonNull(id, "id");
        reasons = Map.copyOf(reasons);
    }

    public boolean has(DenialReason reason) {
        return reasons.containsKey(reason);
    }
}
