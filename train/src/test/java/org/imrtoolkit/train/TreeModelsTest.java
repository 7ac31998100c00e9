package org.imrtoolkit.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.imrtoolkit.core.io.CsvColumns;
import org.imrtoolkit.model.encode.FeatureSet;
import org.imrtoolkit.model.metrics.Objective;
import org.imrtoolkit.model.FittedModel;
import org.imrtoolkit.model.ModelFile;
import org.imrtoolkit.model.ModelManifest;
import org.imrtoolkit.model.ModelZip;
import org.imrtoolkit.model.PlattScaling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Random forest and gradient boosting on the named features of the real letters. */
class TreeModelsTest {

    @TempDir
    Path dir;

    private static TrainOptions options(Algorithm algorithm) {
        return new TrainOptions(algorithm, FeatureSet.CLINICAL, 5, 42, 1.0, 2, true, Objective.BALANCED_ACCURACY);
    }

    @Test
    void bothBeatTheBaselineAndAreCalibrated() throws Exception {
        Dataset data = TrainingFixtures.wcLetters();
        for (Algorithm algorithm : List.of(Algorithm.RF, Algorithm.GBM)) {
            CrossValidation.Result cv = CrossValidation.run(data, options(algorithm), 2, f -> { });
            var m = cv.pooled();
            System.out.printf("%s 5-fold CV: ROC-AUC %.3f, PR-AUC %.3f, balanced accuracy %.3f, Brier %.3f%n", algorithm,
                    m.rocAuc(), m.prAuc(), m.balancedAccuracy(), m.brier());
            assertTrue(m.rocAuc() > 0.6, algorithm + " ROC-AUC " + m.rocAuc());
            assertTrue(m.prAuc() > m.baseline().prAuc(), algorithm + " PR-AUC " + m.prAuc());
            assertTrue(m.brier() < m.baseline().brier() + 0.01, algorithm + " Brier " + m.brier());
        }
    }

    @Test
    void savedAndReloadedGivesTheSameProbabilitiesAndRefittingTheSameModel() throws Exception {
        Dataset data = TrainingFixtures.wcLetters();
        TrainOptions rf = options(Algorithm.RF);
        FittedModel a = Training.fit(data, rf, new PlattScaling(0.9, -0.1), 0.2);
        FittedModel b = Training.fit(data, rf, new PlattScaling(0.9, -0.1), 0.2);
        Path file = dir.resolve("rf.imrmodel");
        new ModelFile().write(file, manifest(a, rf, new PlattScaling(0.9, -0.1)), a.model());
        ModelFile.Contents read = new ModelFile().read(file);
        for (int i = 0; i < data.size(); i += 7) {
            var x = a.encode(data.examples().get(i));
            double p = a.model().probability(x);
            assertEquals(p, b.model().probability(x), 0.0, "refit with the same seed");
            assertEquals(p, read.model().probability(x), 0.0, "reloaded");
        }
    }

    @Test
    void twoTrainingsWriteByteIdenticalFilesThatHoldNoJavaSerialization() throws Exception {
        Dataset data = TrainingFixtures.wcLetters();
        for (Algorithm algorithm : List.of(Algorithm.RF, Algorithm.GBM)) {
            TrainOptions o = options(algorithm);
            Path a = dir.resolve(algorithm + "-a.imrmodel");
            Path b = dir.resolve(algorithm + "-b.imrmodel");
            FittedModel first = Training.fit(data, o, PlattScaling.IDENTITY, 0.5);
            FittedModel second = Training.fit(data, o, PlattScaling.IDENTITY, 0.5);
            new ModelFile().write(a, manifest(first, o, PlattScaling.IDENTITY), first.model());
            new ModelFile().write(b, manifest(second, o, PlattScaling.IDENTITY), second.model());
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), algorithm + " model files differ");
            Map<String, byte[]> entries = ModelZip.entries(a);
            assertEquals(java.util.Set.of("manifest.json", "model/trees.json"), entries.keySet());
            String trees = new String(entries.get("model/trees.json"), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(trees.startsWith("{") && trees.contains("\"whenAtMost\""), algorithm + ": " + trees.substring(0, 80));
        }
    }

    /** A manifest for a model fitted with this calibration, as training would describe it. */
    private static ModelManifest manifest(FittedModel m, TrainOptions options, PlattScaling calibration) {
        var metrics = org.imrtoolkit.model.metrics.MetricsCalculator.of(new int[] {0, 1}, new double[] {0.2, 0.7}, 0.5,
                m.labels(), 0.5);
        return new ModelManifest(ModelManifest.FORMAT_VERSION, "test", "t", options.algorithm().label(),
                options.settings(), List.of(), CsvColumns.DEFAULT, m.labels().get(1), m.labels(), m.threshold(),
                calibration, 1, 1, m.encoder().spec(),
                new org.imrtoolkit.model.CrossValidationSummary(2, "", metrics, List.of()), null, Map.of());
    }
}
