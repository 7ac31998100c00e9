package org.imrtoolkit.model;

import java.util.HashSet;
import java.util.List;

import org.imrtoolkit.model.encode.FeatureSpec;
import org.imrtoolkit.model.metrics.Metrics;

/**
 * Whether a manifest read from a file can be used as it stands: every field a command reads is
 * there, every number finite and in its range, and the sizes agree. A model file comes from
 * anyone; checking it whole at load means a bad one is refused in one line before any card is
 * printed or any row scored, rather than failing half-way through with a null or an index.
 */
final class ManifestCheck {

    private ManifestCheck() {
    }

    /** The first thing wrong with the manifest, or null when there is nothing. */
    static String problem(ModelManifest m) {
        String missing = missing(m);
        if (missing != null) {
            return "no '" + missing + "'";
        }
        List<String> labels = m.labels();
        if (labels.size() != 2 || hasNull(labels) || new HashSet<>(labels).size() != 2) {
            return "'labels' must be two distinct names, not " + labels;
        }
        if (!labels.get(1).equals(m.positiveLabel())) {
            return "'positiveLabel' " + m.positiveLabel() + " is not the second of 'labels' " + labels;
        }
        if (!(m.threshold() >= 0 && m.threshold() <= 1)) {
            return "'threshold' " + m.threshold() + " is not a probability in [0, 1]";
        }
        if (m.calibration() != null) {
            String bound = bounded("the calibration's slope", m.calibration().a());
            bound = bound != null ? bound : bounded("the calibration's offset", m.calibration().b());
            if (bound != null) {
                return "'calibration': " + bound;
            }
        }
        if (m.trainingExamples() < 0 || m.trainingPositives() < 0 || m.trainingPositives() > m.trainingExamples()) {
            return "'trainingExamples' " + m.trainingExamples() + " and 'trainingPositives' " + m.trainingPositives()
                    + " do not fit together";
        }
        String spec = problem(m.featureSpec());
        if (spec != null) {
            return "'featureSpec': " + spec;
        }
        if (m.inputShares() != null) {
            if (m.inputShares().size() != m.featureSpec().size()) {
                return "'inputShares' has " + m.inputShares().size() + " shares for " + m.featureSpec().size() + " inputs";
            }
            if (m.inputShares().stream().anyMatch(x -> x == null || !(x >= 0 && x <= 1))) {
                return "'inputShares' holds a share that is not in [0, 1]";
            }
        }
        if (!Double.isFinite(m.options().lambda()) || m.options().folds() < 0) {
            return "'options' holds a lambda or folds out of range";
        }
        return m.crossValidation().pooled() == null ? "no 'crossValidation.pooled'" : metricsProblem(m.crossValidation().pooled());
    }

    /**
     * The largest size a model's weights, intercept, calibration and tree outputs may have. A model
     * trained by imr has weights of a few units; a finite but huge one (1e308) would make a score
     * overflow to infinity, and two of them NaN. With every number within this bound and every
     * input within a few units (counts are capped, terms scaled to unit length), the log-odds of
     * any case stay finite.
     */
    static final double MAX_WEIGHT = 1e6;

    /** Why {@code value} cannot be a model's number, or null when it can. */
    static String bounded(String what, double value) {
        if (!Double.isFinite(value)) {
            return what + " is " + value + ", not a finite number";
        }
        if (Math.abs(value) > MAX_WEIGHT) {
            return what + " is " + value + ", larger in size than a model's numbers may be (" + (long) MAX_WEIGHT
                    + "); its scores would overflow";
        }
        return null;
    }

    private static String missing(ModelManifest m) {
        if (m.algorithm() == null) {
            return "algorithm";
        }
        if (m.options() == null) {
            return "options";
        }
        if (m.inputs() == null || hasNull(m.inputs())) {
            return "inputs";
        }
        if (m.csvColumns() == null) {
            return "csvColumns";
        }
        if (m.positiveLabel() == null) {
            return "positiveLabel";
        }
        if (m.labels() == null) {
            return "labels";
        }
        if (m.featureSpec() == null) {
            return "featureSpec";
        }
        if (m.crossValidation() == null) {
            return "crossValidation";
        }
        if (m.crossValidation().pooled() == null) {
            return "crossValidation.pooled";
        }
        if (m.created() == null) {
            return "created";
        }
        return m.entries() == null ? "entries" : null;
    }

    private static String problem(FeatureSpec spec) {
        for (int i = 0; i < spec.idf().size(); i++) {
            Double idf = spec.idf().get(i);
            if (idf == null || !Double.isFinite(idf) || idf < 0) {
                return "the idf of term '" + spec.terms().get(i) + "' is " + idf + ", not a finite number >= 0";
            }
        }
        return null;
    }

    /** List.of lists throw on contains(null); Jackson's hold nulls. */
    private static boolean hasNull(List<?> list) {
        return list.stream().anyMatch(java.util.Objects::isNull);
    }

    private static String metricsProblem(Metrics pooled) {
        if (pooled.confusion() == null || pooled.baseline() == null || pooled.perClass().size() != 2) {
            return "'crossValidation.pooled' is incomplete";
        }
        return null;
    }
}
