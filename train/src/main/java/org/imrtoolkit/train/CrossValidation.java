package org.imrtoolkit.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import org.imrtoolkit.features.clinical.ProcedureFollowing;
import org.imrtoolkit.features.inputs.RawExample;
import org.imrtoolkit.model.FittedModel;
import org.imrtoolkit.model.PlattScaling;
import org.imrtoolkit.model.encode.FeatureEncoder;
import org.imrtoolkit.model.encode.FeatureSet;
import org.imrtoolkit.model.encode.SparseVector;
import org.imrtoolkit.model.metrics.BootstrapIntervals;
import org.imrtoolkit.model.metrics.ClusterBootstrap;
import org.imrtoolkit.model.metrics.Metrics;
import org.imrtoolkit.model.metrics.MetricsCalculator;
import org.imrtoolkit.model.metrics.RepeatedFigures;

/**
 * Seeded, stratified k-fold cross-validation, grouped by letter, repeated with as many fold seeds.
 * Each fold fits its own encoding (vocabulary included) on its training part only, so nothing of a
 * held-out case, nor of another item of its letter, shapes the model that scores it. One seed's
 * split of 34 positives moves ROC-AUC by up to 0.15, so the figures are the repeats' mean and
 * spread, with letter-level bootstrap intervals. For a feature set with the signals, a letter's
 * dependent items are capped at their procedure's probability before the threshold and the figures,
 * as {@code imr predict} caps them ({@link ProcedureFollowing}).
 */
public final class CrossValidation {

    /**
     * What cross-validation found.
     *
     * @param folds       how many folds were used
     * @param note        why fewer folds were used than asked, or empty
     * @param outOfFold   each example's calibrated probability from the model of the first repeat (fold seed =
     *                    the seed) that did not see it
     * @param calibration the Platt scaling fitted on the out-of-fold log-odds of all repeats
     * @param threshold   the threshold chosen on the calibrated out-of-fold probabilities of all repeats
     * @param pooled      metrics of the first repeat's out-of-fold predictions at that threshold
     * @param perFold     metrics of each fold of the first repeat at that threshold
     * @param repeated    every repeat's pooled metrics, their mean and sd, and bootstrap intervals
     * @param lambdas     the lambda each fold's inner cross-validation chose (with {@code --lambda auto}), in
     *                    repeat and fold order; else empty
     */
    public record Result(int folds, String note, double[] outOfFold, PlattScaling calibration, double threshold,
                         Metrics pooled, List<Metrics> perFold, RepeatedFigures repeated, List<Double> lambdas) {

        public Result {
            perFold = List.copyOf(perFold);
            lambdas = List.copyOf(lambdas);
        }
    }

    private CrossValidation() {
    }

    /**
     * @param onFold called with each fold's number as it finishes
     * @throws IllegalArgumentException when a class has fewer than two examples
     */
    public static Result run(Dataset data, TrainOptions options, IntConsumer onFold) {
        return run(data, options, 1, onFold);
    }

    /**
     * Runs the folds of every repeat on {@code threads} threads; each fold's model depends only on its
     * data and the seed, so the result is the same for every thread count.
     *
     * @param onFold called with the number of folds done as each finishes
     */
    public static Result run(Dataset data, TrainOptions options, int threads, IntConsumer onFold) {
        int k = folds(data, options.folds());
        String note = k < options.folds()
                ? "only " + smallest(data) + " examples of the smaller class, so " + k + " folds instead of "
                        + options.folds()
                : "";
        int repeats = options.repeats();
        int n = data.size();
        List<Long> seeds = new ArrayList<>();
        int[][] foldOf = new int[repeats][];
        for (int r = 0; r < repeats; r++) {
            seeds.add(options.seed() + r);
            foldOf[r] = assignFolds(data, k, options.seed() + r);
        }
        double[][] scores = new double[repeats][n];
        Double[] lambdas = new Double[repeats * k];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, repeats * k)));
        try {
            List<Future<?>> running = new ArrayList<>();
            AtomicInteger done = new AtomicInteger();
            for (int r = 0; r < repeats; r++) {
                for (int f = 0; f < k; f++) {
                    int repeat = r;
                    int[] train = rows(foldOf[r], f, false);
                    int[] test = rows(foldOf[r], f, true);
                    int task = r * k + f;
                    running.add(pool.submit(() -> {
                        Dataset part = data.subset(train);
                        TrainOptions fixed = Training.tuned(part, options);
                        lambdas[task] = fixed.lambda();
                        FittedModel m = Training.fitRaw(part, fixed);
                        for (int row : test) {
                            scores[repeat][row] = m.model().score(m.encode(data.examples().get(row)));
                        }
                        onFold.accept(done.incrementAndGet());
                    }));
                }
            }
            for (var task : running) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("cross-validation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        // Calibration and threshold from every repeat's out-of-fold predictions: five times the
        // evidence of one split, and no one split's luck.
        double[] allScores = new double[repeats * n];
        int[] allY = new int[repeats * n];
        for (int r = 0; r < repeats; r++) {
            System.arraycopy(scores[r], 0, allScores, r * n, n);
            System.arraycopy(data.y(), 0, allY, r * n, n);
        }
        PlattScaling calibration = PlattFit.fit(allScores, allY);
        List<double[]> probabilities = new ArrayList<>();
        double[] allProbabilities = new double[repeats * n];
        int[] follows = options.featureSet().uses(FeatureSet.Block.SIGNALS) ? procedureRows(data) : null;
        for (int r = 0; r < repeats; r++) {
            double[] p = new double[n];
            for (int i = 0; i < n; i++) {
                p[i] = calibration.probability(scores[r][i]);
            }
            if (follows != null) {
                capAtProcedures(p, follows);
            }
            probabilities.add(p);
            System.arraycopy(p, 0, allProbabilities, r * n, n);
        }
        double threshold = MetricsCalculator.bestThreshold(allY, allProbabilities, options.objective());
        double rate = data.positives() / (double) n;
        List<Metrics> perRepeat = new ArrayList<>();
        for (double[] p : probabilities) {
            perRepeat.add(MetricsCalculator.of(data.y(), p, threshold, data.labels(), rate));
        }
        List<String> groups = data.examples().stream().map(e -> e.group()).toList();
        BootstrapIntervals intervals = ClusterBootstrap.intervals(groups, data.y(), probabilities, threshold,
                ClusterBootstrap.RESAMPLES, options.seed());
        List<Metrics> perFold = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            int[] test = rows(foldOf[0], f, true);
            int[] y = new int[test.length];
            double[] p = new double[test.length];
            for (int i = 0; i < test.length; i++) {
                y[i] = data.y()[test[i]];
                p[i] = probabilities.get(0)[test[i]];
            }
            perFold.add(MetricsCalculator.of(y, p, threshold, data.labels(), rate));
        }
        List<Double> chosen = options.tuneLambda() ? Arrays.asList(lambdas) : List.of();
        return new Result(k, note, probabilities.get(0), calibration, threshold, perRepeat.get(0), perFold,
                RepeatedFigures.of(seeds, perRepeat, intervals), chosen);
    }

    /**
     * For each row, the row of the procedure item it follows ({@link ProcedureFollowing}), or -1. A
     * letter's items share a fold (folds are grouped by letter), so a procedure's out-of-fold
     * probability is always there to cap its dependents, as {@code imr predict} caps them.
     */
    static int[] procedureRows(Dataset data) {
        return ProcedureFollowing.procedureIndex(data.examples().stream().map(RawExample::id).toList(),
                data.examples().stream().map(RawExample::clinical).toList());
    }

    /** Each dependent row's probability, capped at its procedure's (a procedure follows none, so one pass). */
    static void capAtProcedures(double[] p, int[] follows) {
        double[] own = p.clone();
        for (int i = 0; i < p.length; i++) {
            if (follows[i] >= 0) {
                p[i] = Math.min(own[i], own[follows[i]]);
            }
        }
    }

    /** The folds a dataset allows: as asked, fewer when the smaller class has fewer examples. */
    static int folds(Dataset data, int asked) {
        int smallest = smallest(data);
        if (smallest < 2) {
            int positives = data.positives();
            throw new IllegalArgumentException("cross-validation needs at least 2 examples of each outcome; '"
                    + data.labels().get(positives < 2 ? 1 : 0) + "' has " + smallest);
        }
        return Math.min(asked, smallest);
    }

    private static int smallest(Dataset data) {
        return Math.min(data.positives(), data.size() - data.positives());
    }

    /**
     * Folds by group: the items of one letter share its summary, so they stay in one fold, or a
     * model would be scored on a summary it trained on. Groups with a positive item and groups
     * without are each shuffled with the seed and dealt round-robin, so every fold gets its share
     * of both outcomes. Groups are the cases' own ({@link Dataset#groups()}): a CSV row is a group
     * of its own, whatever its id holds.
     */
    static int[] assignFolds(Dataset data, int k, long seed) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < data.size(); i++) {
            groups.computeIfAbsent(data.examples().get(i).group(), g -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> withPositive = new ArrayList<>();
        List<List<Integer>> without = new ArrayList<>();
        for (List<Integer> rows : groups.values()) {
            (rows.stream().anyMatch(r -> data.y()[r] == 1) ? withPositive : without).add(rows);
        }
        Random random = new Random(seed);
        int[] fold = new int[data.size()];
        int next = 0;
        for (List<List<Integer>> stratum : List.of(withPositive, without)) {
            Collections.shuffle(stratum, random);
            for (List<Integer> rows : stratum) {
                for (int r : rows) {
                    fold[r] = next % k;
                }
                next++;
            }
        }
        return fold;
    }

    private static int[] rows(int[] fold, int f, boolean in) {
        return IntStream.range(0, fold.length).filter(i -> (fold[i] == f) == in).toArray();
    }

    static List<SparseVector> encodeAll(FeatureEncoder encoder, Dataset data) {
        List<SparseVector> x = new ArrayList<>(data.size());
        data.examples().forEach(e -> x.add(encoder.encode(e)));
        return x;
    }
}
