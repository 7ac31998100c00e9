package org.imrtoolkit.train;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import org.imrtoolkit.model.TreeEnsemble;
import smile.classification.GradientTreeBoost;
import smile.classification.RandomForest;
import smile.model.cart.DecisionNode;
import smile.model.cart.InternalNode;
import smile.model.cart.Node;
import smile.model.cart.OrdinalNode;
import smile.model.cart.RegressionNode;

/**
 * Turns Smile's fitted trees into the toolkit's {@link TreeEnsemble}, node by node in pre-order
 * (so children come after their parent). Smile 6.3 gives every accessor but an ordinal node's
 * split value and gradient boosting's base and shrinkage, which are private fields; they are read
 * by reflection here only, when training, and a test checks the result scores as Smile does. Every input is numeric, so every internal node is ordinal; anything else
 * is refused rather than written wrong.
 */
final class SmileTrees {

    private static final Field SPLIT_VALUE = field(OrdinalNode.class, "value");
    private static final Field BASE = field(GradientTreeBoost.class, "b");
    private static final Field SHRINKAGE = field(GradientTreeBoost.class, "shrinkage");

    private SmileTrees() {
    }

    static TreeEnsemble of(RandomForest forest, int features) {
        List<TreeEnsemble.Tree> trees = new ArrayList<>();
        for (RandomForest.Model m : forest.models()) {
            trees.add(tree(m.tree().root(), m.weight(), true));
        }
        return new TreeEnsemble(TreeEnsemble.RF, features, 0, 1, trees);
    }

    static TreeEnsemble of(GradientTreeBoost boost, int features) {
        List<TreeEnsemble.Tree> trees = new ArrayList<>();
        for (var t : boost.trees()[0]) {
            trees.add(tree(t.root(), 1, false));
        }
        return new TreeEnsemble(TreeEnsemble.GBM, features, read(BASE, boost), read(SHRINKAGE, boost), trees);
    }

    private static TreeEnsemble.Tree tree(Node root, double weight, boolean classification) {
        Nodes a = new Nodes(count(root));
        a.add(root, classification);
        return new TreeEnsemble.Tree(weight, a.feature, a.split, a.whenAtMost, a.otherwise, a.value);
    }

    private static int count(Node node) {
        return node instanceof InternalNode in ? 1 + count(in.trueChild()) + count(in.falseChild()) : 1;
    }

    /** The node arrays being filled, in pre-order. */
    private static final class Nodes {
        final int[] feature;
        final double[] split;
        final int[] whenAtMost;
        final int[] otherwise;
        final double[] value;
        int next;

        Nodes(int n) {
            feature = new int[n];
            split = new double[n];
            whenAtMost = new int[n];
            otherwise = new int[n];
            value = new double[n];
        }

        int add(Node node, boolean classification) {
            int i = next++;
            switch (node) {
                case OrdinalNode o -> {
                    feature[i] = o.feature();
                    split[i] = read(SPLIT_VALUE, o);
                    whenAtMost[i] = add(o.trueChild(), classification);
                    otherwise[i] = add(o.falseChild(), classification);
                }
                case DecisionNode d when classification -> {
                    feature[i] = -1;
                    value[i] = d.posteriori(new double[2])[1];
                }
                case RegressionNode r when !classification -> {
                    feature[i] = -1;
                    value[i] = r.output();
                }
                default -> throw new IllegalStateException("a tree node of an unexpected kind: " + node.getClass().getName());
            }
            return i;
        }
    }

    private static double read(Field field, Object owner) {
        try {
            return field.getDouble(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read Smile's " + field, e);
        }
    }

    private static Field field(Class<?> owner, String name) {
        try {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("this Smile version's " + owner.getSimpleName() + " has no field " + name, e);
        }
    }
}
