package org.imrtoolkit.predict;

import java.util.Locale;

import org.imrtoolkit.model.CrossValidationSummary;
import org.imrtoolkit.model.ModelManifest;
import org.imrtoolkit.model.metrics.Confusion;

/**
 * What "flagged" means for a model at a threshold: the probability a case must reach, and what that
 * threshold bought in the model's cross-validation (how many cases it flagged, how many of the
 * positive cases it caught, how many flagged cases were positive).
 *
 * @param positive  the class a flag predicts ("Overturned")
 * @param threshold the probability at or above which a case is flagged
 * @param meaning   one sentence saying so
 */
public record Screen(String positive, double threshold, String meaning) {

    public static Screen of(ModelManifest m, Double override) {
        double t = override == null ? m.threshold() : override;
        String head = String.format(Locale.ROOT, "flagged = predicted %s, at probability %.3f or more", m.positiveLabel(), t);
        CrossValidationSummary cv = m.crossValidation();
        if (cv == null || cv.pooled() == null) {
            return new Screen(m.positiveLabel(), t, head + " (the model has no cross-validated figures)");
        }
        if (override != null && Math.abs(override - m.threshold()) > 1e-12) {
            return new Screen(m.positiveLabel(), t, head + String.format(Locale.ROOT,
                    " (set by --threshold; the model's cross-validated figures are for its own threshold %.3f)",
                    m.threshold()));
        }
        Confusion c = cv.pooled().confusion();
        int flagged = c.truePositive() + c.falsePositive();
        int positives = c.truePositive() + c.falseNegative();
        String precision = flagged == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", (double) c.truePositive() / flagged);
        String caught = positives == 0 ? "n/a" : percent(c.truePositive(), positives);
        return new Screen(m.positiveLabel(), t, head + String.format(Locale.ROOT,
                "; in cross-validation this flags %s of items, catches %s of %s, precision %s",
                percent(flagged, c.n()), caught, m.positiveLabel(), precision));
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "n/a" : Math.round(100.0 * part / whole) + "%";
    }
}
