package org.imrtoolkit.model.encode;

import java.util.Arrays;

/**
 * A sparse vector: sorted feature indices and their values.
 *
 * @param indices feature indices, ascending, no repeats
 * @param values  their values
 */
public record SparseVector(int[] indices, double[] values) {

    public SparseVector {
        if (indices.length != values.length) {
            throw new IllegalArgumentException("one value per index");
        }
        for (int i = 1; i < indices.length; i++) {
            if (indices[i] <= indices[i - 1]) {
                throw new IllegalArgumentException("indices must ascend: " + Arrays.toString(indices));
            }
        }
    }

    public int size() {
        return indices.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparseVector v && Arrays.equals(indices, v.indices) && Arrays.equals(values, v.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(indices) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "SparseVector" + Arrays.toString(indices) + "=" + Arrays.toString(values);
    }
}
