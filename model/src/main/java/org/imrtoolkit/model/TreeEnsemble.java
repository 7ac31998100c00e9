package org.imrtoolkit.model;

import java.util.List;

/**
 * A tree ensemble as the toolkit's own data, the {@code model/trees.json} entry of a tree model:
 * every node's feature, split, children and output, read back with Jackson and scored by
 * {@link #positiveProbability(double[])}. Plain numbers, so that loading a model someone sent
 * never runs Java deserialization, and the same fit always writes the same bytes.
 *
 * <p>Random forest ({@code rf}): P(positive) = sum(weight_t * leaf_t) / sum(weight_t), where a
 * leaf holds its tree's probability of the positive class. Gradient boosting ({@code gbm}):
 * f = base + sum(shrinkage * leaf_t) and P(positive) = 1 - 1 / (1 + exp(2 f)), as Smile scores
 * its binary boosting.
 *
 * @param kind      rf or gbm
 * @param features  how many leading inputs the trees read
 * @param base      gbm's starting log-odds over two (0 for rf)
 * @param shrinkage gbm's learning rate (1 for rf)
 * @param trees     the trees, in the order they were fitted
 */
public record TreeEnsemble(String kind, int features, double base, double shrinkage, List<Tree> trees) {

    public static final String RF = "rf";
    public static final String GBM = "gbm";

    public TreeEnsemble {
        trees = List.copyOf(trees);
    }

    /**
     * One tree as parallel arrays indexed by node; node 0 is the root. A node whose feature is -1
     * is a leaf with output {@code value}; any other node sends an input whose feature is at most
     * {@code split} to {@code whenAtMost}, else (larger, or NaN) to {@code otherwise}. Children
     * always come after their parent, so a walk ends in at most as many steps as there are nodes.
     *
     * @param weight     the tree's vote (rf; 1 for gbm)
     * @param feature    the input a node tests, or -1 at a leaf
     * @param split      the threshold a node tests its input against
     * @param whenAtMost the child for input &lt;= split
     * @param otherwise  the child for input &gt; split
     * @param value      a leaf's output
     */
    public record Tree(double weight, int[] feature, double[] split, int[] whenAtMost, int[] otherwise,
                       double[] value) {

        /** The output of the leaf the input reaches. */
        public double leaf(double[] x) {
            int node = 0;
            while (feature[node] >= 0) {
                node = x[feature[node]] <= split[node] ? whenAtMost[node] : otherwise[node];
            }
            return value[node];
        }

        public int size() {
            return feature.length;
        }
    }

    /** The ensemble's probability of the positive class for the dense input {@code x}. */
    public double positiveProbability(double[] x) {
        if (GBM.equals(kind)) {
            double f = base;
            for (Tree t : trees) {
                f += shrinkage * t.leaf(x);
            }
            return 1 - 1 / (1 + Math.exp(2 * f));
        }
        double sum = 0;
        double weights = 0;
        for (Tree t : trees) {
            sum += t.weight() * t.leaf(x);
            weights += t.weight();
        }
        return sum / weights;
    }

    /**
     * Why this ensemble cannot be scored safely, or null when it can: a kind this toolkit does not
     * know, non-finite numbers, feature indices outside the inputs, children that do not come after
     * their parent (which could loop), arrays of different lengths.
     *
     * @param inputs how many leading inputs the manifest's feature spec gives the trees
     */
    public String problem(int inputs) {
        if (!RF.equals(kind) && !GBM.equals(kind)) {
            return "kind '" + kind + "' is neither rf nor gbm";
        }
        if (features < 1 || features != inputs) {
            return "the trees read " + features + " inputs but the feature spec gives them " + inputs;
        }
        String bound = ManifestCheck.bounded("base", base);
        bound = bound != null ? bound : ManifestCheck.bounded("shrinkage", shrinkage);
        if (bound != null) {
            return bound;
        }
        if (trees.isEmpty()) {
            return "no trees";
        }
        double weights = 0;
        for (int t = 0; t < trees.size(); t++) {
            Tree tree = trees.get(t);
            String p = problem(tree);
            if (p != null) {
                return "tree " + t + ": " + p;
            }
            weights += tree.weight();
        }
        return RF.equals(kind) && !(weights > 0 && Double.isFinite(weights)) ? "the trees' weights do not add up to a positive number" : null;
    }

    private String problem(Tree tree) {
        if (tree == null || tree.feature() == null || tree.split() == null || tree.whenAtMost() == null
                || tree.otherwise() == null || tree.value() == null) {
            return "a field is missing";
        }
        int n = tree.feature().length;
        if (n == 0 || tree.split().length != n || tree.whenAtMost().length != n || tree.otherwise().length != n
                || tree.value().length != n) {
            return "its node arrays are empty or of different lengths";
        }
        if (!(tree.weight() >= 0) || ManifestCheck.bounded("weight", tree.weight()) != null) {
            return "weight " + tree.weight() + " is not a number from 0 to " + (long) ManifestCheck.MAX_WEIGHT;
        }
        for (int i = 0; i < n; i++) {
            int f = tree.feature()[i];
            if (f < -1 || f >= features) {
                return "node " + i + " reads input " + f + " of " + features;
            }
            if (f >= 0) {
                if (!Double.isFinite(tree.split()[i])) {
                    return "node " + i + " splits at " + tree.split()[i];
                }
                int a = tree.whenAtMost()[i];
                int b = tree.otherwise()[i];
                if (a <= i || a >= n || b <= i || b >= n) {
                    return "node " + i + " has children outside " + (i + 1) + ".." + (n - 1);
                }
            } else {
                double v = tree.value()[i];
                if (ManifestCheck.bounded("a leaf", v) != null || (RF.equals(kind) && (v < 0 || v > 1))) {
                    return "leaf " + i + " outputs " + v;
                }
            }
        }
        return null;
    }
}
