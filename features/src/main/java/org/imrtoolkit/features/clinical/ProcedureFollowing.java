package org.imrtoolkit.features.clinical;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which item of its letter a disputed item follows: an item that goes with a procedure among the
 * letter's items (an assistant surgeon, pre-operative labs, a post-operative cold therapy unit) is
 * needed only if the procedure is, so it is never more likely overturned than its procedure.
 *
 * <p>Unless its own inputs say otherwise, which is defined simply: the summary reports that the
 * utilization review certified part of the item itself ({@code ur_decision=modified}). A reviewer
 * certifies part of a post-operative service only when it accepts the surgery, so the surgery's fate
 * is not what decides that item. One rule for prediction and for cross-validation, so that the
 * figures a model file records measure what {@code imr predict} does.
 */
public final class ProcedureFollowing {

    private ProcedureFollowing() {
    }

    /**
     * The id ({@code <letter_id>/<item>}) of the procedure item this item follows, or null when it
     * follows none: no procedure among its letter's items, or the item's own account says otherwise.
     */
    public static String procedureId(String itemId, ClinicalFeatures f) {
        Integer procedure = f.signals().procedureItem();
        if (procedure == null || ownInputsSayOtherwise(f)) {
            return null;
        }
        String id = letterOf(itemId) + "/" + procedure;
        return id.equals(itemId) ? null : id;
    }

    /**
     * For each item, the position of the procedure item it follows among the same items, or -1: the
     * one lookup of prediction (a letter's items) and cross-validation (a whole dataset).
     *
     * @param ids      the items' ids ({@code <letter_id>/<item>}); of a repeated id, the last counts
     * @param features each item's clinical features, in the same order
     */
    public static int[] procedureIndex(List<String> ids, List<ClinicalFeatures> features) {
        Map<String, Integer> positionOf = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            positionOf.put(ids.get(i), i);
        }
        int[] out = new int[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            String procedure = procedureId(ids.get(i), features.get(i));
            out[i] = procedure == null ? -1 : positionOf.getOrDefault(procedure, -1);
        }
        return out;
    }

    /** The item's own account: the UR certified part of it, so it accepted the surgery. */
    public static boolean ownInputsSayOtherwise(ClinicalFeatures f) {
        return f.urModified();
    }

    /** The letter part of an item id ({@code <letter_id>/<item>}). */
    public static String letterOf(String itemId) {
        int slash = itemId.lastIndexOf('/');
        return slash < 0 ? itemId : itemId.substring(0, slash);
    }
}
