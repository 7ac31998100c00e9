package org.imrtoolkit.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.imrtoolkit.features.Evidence;
import org.imrtoolkit.features.clinical.ProcedureFollowing;

/**
 * A letter's items that go with a procedure among its items follow the procedure's prediction
 * ({@link ProcedureFollowing}: never more likely overturned than the procedure, unless the item's
 * own inputs say otherwise), and the first reason says so ("follows the procedure item 1: ...").
 *
 * <p>Applied only for a model that reads the surgery-request input (see {@link Predictor}), so that
 * a model without it predicts as it did. Items are grouped by letter as they come: consecutive
 * predictions whose ids share the letter part ({@code <letter_id>/<item>}).
 */
final class DependentItems {

    private DependentItems() {
    }

    /** The predictions, in their order, each dependent item capped at its procedure's probability. */
    static List<Prediction> apply(List<Prediction> predictions, double threshold, String positive, String negative) {
        List<Prediction> out = new ArrayList<>(predictions.size());
        int from = 0;
        for (int i = 1; i <= predictions.size(); i++) {
            if (i == predictions.size() || !ProcedureFollowing.letterOf(predictions.get(i).id())
                    .equals(ProcedureFollowing.letterOf(predictions.get(from).id()))) {
                out.addAll(letter(predictions.subList(from, i), threshold, positive, negative));
                from = i;
            }
        }
        return out;
    }

    private static List<Prediction> letter(List<Prediction> items, double threshold, String positive, String negative) {
        int[] follows = ProcedureFollowing.procedureIndex(items.stream().map(Prediction::id).toList(),
                items.stream().map(Prediction::clinical).toList());
        List<Prediction> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Prediction p = items.get(i);
            Prediction procedure = follows[i] < 0 ? null : items.get(follows[i]);
            if (procedure == null || p.probability() <= procedure.probability()) {
                out.add(p);
                continue;
            }
            out.add(capped(p, procedure, threshold, positive, negative));
        }
        return out;
    }

    private static Prediction capped(Prediction p, Prediction procedure, double threshold, String positive,
                                     String negative) {
        double q = procedure.probability();
        int number = p.clinical().signals().procedureItem();
        String label = String.format(Locale.ROOT, "follows the procedure item %d: %s (its probability of %s, %.2f,"
                + " caps this item's %.2f)", number, procedure.item(), positive, q, p.probability());
        Evidence source = InputLabels.evidence(p.clinical(), "procedure_item", "");
        // The label names the procedure item already: its text is not quoted a second time.
        Reason follows = new Reason("procedure_item", label, logit(q) - logit(p.probability()), "", source);
        List<Reason> reasons = new ArrayList<>();
        reasons.add(follows);
        // The item's own strongest reasons after it, as many as a prediction shows.
        for (Reason r : p.reasons()) {
            if (reasons.size() >= Predictor.REASONS) {
                break;
            }
            reasons.add(r);
        }
        return new Prediction(p.id(), p.item(), q >= threshold ? positive : negative, q, reasons, p.clinical());
    }

    private static double logit(double p) {
        double c = Math.min(Math.max(p, 1e-9), 1 - 1e-9);
        return Math.log(c / (1 - c));
    }
}
