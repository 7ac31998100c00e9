package org.imrtoolkit.model;

import java.util.Objects;

import org.imrtoolkit.model.PlattScaling;
import org.imrtoolkit.model.encode.SparseVector;
import smile.classification.Classifier;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.type.StructType;

/**
 * A tree ensemble (Smile's random forest or gradient boosting) over the named clinical features
 * and categorical columns: the first {@code dimensions} inputs of the feature spec. Its log-odds
 * are those of Smile's probability after Platt scaling. An input's contribution is how much the
 * log-odds drop when that input is set to zero: trees have no weights to read. Thread-safe.
 *
 */
public final class TreeModel implements Scorer {

    private static final double EPSILON = 1e-6;

    private final String algorithm;
    private final Classifier<Tuple> classifier;
    private final int dimensions;
    private final PlattScaling calibration;
    private final StructType schema;

    /**
     * @param algorithm   "rf" or "gbm"
     * @param classifier  the fitted Smile model
     * @param dimensions  how many leading inputs it reads
     * @param calibration the Platt scaling of its log-odds
     */
    public TreeModel(String algorithm, Classifier<Tuple> classifier, int dimensions, PlattScaling calibration) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.dimensions = dimensions;
        this.calibration = Objects.requireNonNull(calibration, "calibration");
        this.schema = schema(dimensions);
    }

    @Override
    public String algorithm() {
        return algorithm;
    }

    public Classifier<Tuple> classifier() {
        return classifier;
    }

    public int dimensions() {
        return dimensions;
    }

    public PlattScaling calibration() {
        return calibration;
    }

    /** The schema the ensemble was fitted with: columns f0 ... f(d-1). */
    public static StructType schema(int dimensions) {
        return DataFrame.of(new double[1][dimensions], names(dimensions)).schema();
    }

    public static String[] names(int dimensions) {
        String[] names = new String[dimensions];
        for (int i = 0; i < dimensions; i++) {
            names[i] = "f" + i;
        }
        return names;
    }

    /** Kept beside the ensemble, after any scaling it already has: trees have no weights to fold it into. */
    @Override
    public TreeModel calibrated(PlattScaling scaling) {
        return new TreeModel(algorithm, classifier, dimensions, scaling.after(calibration));
    }

    @Override
    public double score(SparseVector x) {
        return score(dense(x));
    }

    @Override
    public double[] contributions(SparseVector x) {
        double[] dense = dense(x);
        double full = score(dense);
        double[] c = new double[x.size()];
        for (int k = 0; k < x.size(); k++) {
            int i = x.indices()[k];
            if (i < dimensions) {
                double saved = dense[i];
                dense[i] = 0;
                c[k] = full - score(dense);
                dense[i] = saved;
            }
        }
        return c;
    }

    private double score(double[] dense) {
        double[] posteriori = new double[2];
        classifier.predict(Tuple.of(schema, dense), posteriori);
        double p = Math.min(1 - EPSILON, Math.max(EPSILON, posteriori[1]));
        return calibration.scale(Math.log(p / (1 - p)));
    }

    private double[] dense(SparseVector x) {
        double[] dense = new double[dimensions];
        for (int k = 0; k < x.size(); k++) {
            if (x.indices()[k] < dimensions) {
                dense[x.indices()[k]] = x.values()[k];
            }
        }
        return dense;
    }

    @Override
    public String toString() {
        return "TreeModel[" + algorithm + ", " + dimensions + " inputs, " + calibration + "]";
    }
}
