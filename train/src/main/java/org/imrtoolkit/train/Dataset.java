package org.imrtoolkit.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.imrtoolkit.features.inputs.RawExample;

/**
 * Labelled examples for training or evaluation, with the two class names. The positive class is
 * the one a model gives the probability of (Overturned by default: the minority).
 *
 * @param examples the examples
 * @param y        1 where the example's label is the positive class
 * @param labels   the negative class's name, then the positive's
 * @param groups   each example's {@link org.imrtoolkit.core.letter.Case#group() group}: examples of one
 *                 group stay in one cross-validation fold
 */
public record Dataset(List<RawExample> examples, int[] y, List<String> labels, List<String> groups) {

    public Dataset {
        examples = List.copyOf(examples);
        Objects.requireNonNull(y, "y");
        labels = List.copyOf(labels);
        groups = List.copyOf(groups);
        if (examples.size() != y.length || labels.size() != 2 || groups.size() != y.length) {
            throw new IllegalArgumentException("one label and one group per example, and two class names");
        }
    }

    /** As {@link #of(List, List, List, String)}, each example in the group its case gave it. */
    public static Dataset of(List<RawExample> examples, List<String> labels, String positive) {
        return of(examples, labels, examples.stream().map(RawExample::group).toList(), positive);
    }

    /**
     * Builds a dataset from examples and their label names.
     *
     * @param groups   each example's group (see {@link org.imrtoolkit.core.letter.Case#group()})
     * @param positive the positive class's name, or null for the less frequent one
     * @throws IllegalArgumentException when the labels are not exactly two classes
     */
    public static Dataset of(List<RawExample> examples, List<String> labels, List<String> groups, String positive) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String label : labels) {
            counts.merge(label, 1, Integer::sum);
        }
        if (counts.size() < 2) {
            throw new IllegalArgumentException("both outcomes are needed to train, but every example is "
                    + (counts.isEmpty() ? "unlabelled" : "'" + counts.keySet().iterator().next() + "'")
                    + " (" + labels.size() + " examples)");
        }
        if (counts.size() > 2) {
            throw new IllegalArgumentException("a model decides between two outcomes; the labels are " + counts);
        }
        List<String> names = new ArrayList<>(counts.keySet());
        names.sort(String::compareTo);
        String pos = positive;
        if (pos == null) {
            pos = counts.get(names.get(0)) <= counts.get(names.get(1)) ? names.get(0) : names.get(1);
        } else if (!counts.containsKey(pos)) {
            throw new IllegalArgumentException("--positive-label '" + pos + "' is none of the labels " + counts.keySet());
        }
        String neg = names.get(0).equals(pos) ? names.get(1) : names.get(0);
        int[] y = new int[labels.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels.get(i).equals(pos) ? 1 : 0;
        }
        return new Dataset(examples, y, List.of(neg, pos), groups);
    }

    public int positives() {
        int n = 0;
        for (int v : y) {
            n += v;
        }
        return n;
    }

    public int size() {
        return y.length;
    }

    public Dataset subset(int[] rows) {
        List<RawExample> e = new ArrayList<>(rows.length);
        List<String> g = new ArrayList<>(rows.length);
        int[] sub = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            e.add(examples.get(rows[k]));
            g.add(groups.get(rows[k]));
            sub[k] = y[rows[k]];
        }
        return new Dataset(e, sub, labels, g);
    }
}
