package org.imrtoolkit.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

import org.imrtoolkit.model.FittedModel;
import org.imrtoolkit.model.PlattScaling;
import org.imrtoolkit.model.encode.FeatureEncoder;
import org.imrtoolkit.model.encode.SparseVector;
import org.imrtoolkit.model.metrics.Metrics;
import org.imrtoolkit.model.metrics.MetricsCalculator;

/**
 * Seeded, stratified k-fold cross-validation, grouped by letter. Each fold fits its own encoding
 * (vocabulary included) on its training part only, so nothing of a held-out case, nor of another
 * item of its letter, shapes the model that scores it.
 */
public final class CrossValidation {

    /**
     * What cross-validation found.
     *
     * @param folds      how many folds were used
     * @param note       why fewer folds were used than asked, or empty
     * @param outOfFold  each example's calibrated probability from the model that did not see it
     * @param calibration the Platt scaling fitted on the out-of-fold log-odds
     * @param threshold  the threshold chosen on those probabilities
     * @param pooled     metrics of all out-of-fold predictions at that threshold
     * @param perFold    metrics of each fold at that threshold
     */
    public record Result(int folds, String note, double[] outOfFold, PlattScaling calibration, double threshold,
                         Metrics pooled,
                         List<Metrics> perFold) {
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
     * Runs the folds on {@code threads} threads; each fold's model depends only on its data and the
     * seed, so the result is the same for every thread count.
     *
     * @param onFold called with the number of folds done as each finishes
     */
    public static Result run(Dataset data, TrainOptions options, int threads, IntConsumer onFold) {
        int positives = data.positives();
        int smallest = Math.min(positives, data.size() - positives);
        if (smallest < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 examples of each outcome; '"
                    + data.labels().get(positives < 2 ? 1 : 0) + "' has " + smallest);
        }
        int k = Math.min(options.folds(), smallest);
        String note = k < options.folds()
                ? "only " + smallest + " examples of the smaller class, so " + k + " folds instead of " + options.folds()
                : "";
        int[] fold = assignFolds(data, k, options.seed());
        double[] scores = new double[data.size()];
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Math.min(threads, k)));
        try {
            List<java.util.concurrent.Future<?>> running = new ArrayList<>();
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            for (int f = 0; f < k; f++) {
                int[] train = rows(fold, f, false);
                int[] test = rows(fold, f, true);
                running.add(pool.submit(() -> {
                    FittedModel m = Training.fitRaw(data.subset(train), options);
                    for (int row : test) {
                        scores[row] = m.model().score(m.encode(data.examples().get(row)));
                    }
                    onFold.accept(done.incrementAndGet());
                }));
            }
            for (var r : running) {
                r.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("cross-validation interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        PlattScaling calibration = PlattFit.fit(scores, data.y());
        double[] oof = new double[data.size()];
        for (int i = 0; i < oof.length; i++) {
            oof[i] = calibration.probability(scores[i]);
        }
        double threshold = MetricsCalculator.bestThreshold(data.y(), oof, options.objective());
        double rate = positives / (double) data.size();
        Metrics pooled = MetricsCalculator.of(data.y(), oof, threshold, data.labels(), rate);
        List<Metrics> perFold = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            int[] test = rows(fold, f, true);
            int[] y = new int[test.length];
            double[] p = new double[test.length];
            for (int i = 0; i < test.length; i++) {
                y[i] = data.y()[test[i]];
                p[i] = oof[test[i]];
            }
            perFold.add(MetricsCalculator.of(y, p, threshold, data.labels(), rate));
        }
        return new Result(k, note, oof, calibration, threshold, pooled, perFold);
    }

    /**
     * Folds by group: the items of one letter share its summary, so they stay in one fold, or a
     * model would be scored on a summary it trained on. Groups with a positive item and groups
     * without are each shuffled with the seed and dealt round-robin, so every fold gets its share
     * of both outcomes. Groups are the cases' own ({@link Dataset#groups()}): a CSV row is a group
     * of its own, whatever its id holds.
     */
    static int[] assignFolds(Dataset data, int k, long seed) {
        java.util.Map<String, List<Integer>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < data.size(); i++) {
            groups.computeIfAbsent(data.groups().get(i), g -> new ArrayList<>()).add(i);
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
            java.util.Collections.shuffle(stratum, random);
            for (List<Integer> rows : stratum) {
                for (int r : rows) {
                    fold[r] = next % k;
                }
                next++;
            }
        }
        return fold;
    }

    /** The letter a letter item's id names ("CM16-0221706/2" -> "CM16-0221706"); only for letters' items. */
    static String group(String id) {
        int slash = id.lastIndexOf('/');
        return slash > 0 ? id.substring(0, slash) : id;
    }

    private static int[] rows(int[] fold, int f, boolean in) {
        return java.util.stream.IntStream.range(0, fold.length).filter(i -> (fold[i] == f) == in).toArray();
    }

    static List<SparseVector> encodeAll(FeatureEncoder encoder, Dataset data) {
        List<SparseVector> x = new ArrayList<>(data.size());
        data.examples().forEach(e -> x.add(encoder.encode(e)));
        return x;
    }
}
