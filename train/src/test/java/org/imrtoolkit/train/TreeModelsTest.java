package org.imrtoolkit.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.imrtoolkit.core.io.CsvColumns;
import org.imrtoolkit.model.encode.FeatureSet;
import org.imrtoolkit.model.metrics.Objective;
import org.imrtoolkit.model.FittedModel;
import org.imrtoolkit.model.ModelFile;
import org.imrtoolkit.model.ModelFileException;
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
    void anotherSmileVersionOrAForeignObjectIsRefused() throws Exception {
        Dataset data = TrainingFixtures.wcLetters();
        FittedModel a = Training.fit(data, options(Algorithm.GBM), PlattScaling.IDENTITY, 0.5);
        Path file = dir.resolve("gbm.imrmodel");
        new ModelFile().write(file, manifest(a, options(Algorithm.GBM), PlattScaling.IDENTITY), a.model());
        Map<String, byte[]> entries = ModelZip.entries(file);
        String manifest = new String(entries.get("manifest.json"));
        entries.put("manifest.json", manifest.replace("\"smileVersion\" : \"" + ModelManifest.runtimeSmileVersion() + "\"",
                "\"smileVersion\" : \"5.0.0\"").getBytes());
        ModelZip.write(file, entries);
        ModelFileException e = assertThrows(ModelFileException.class, () -> new ModelFile().read(file));
        assertTrue(e.getMessage().contains("was fitted with Smile 5.0.0 and this toolkit has Smile "), e.getMessage());

        // A tree entry holding something else than Smile's classes is refused by the filter.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new java.io.File("/etc/passwd"));
        }
        entries.put("manifest.json", manifest.replaceAll("\"model/trees.bin\" : \"[0-9a-f]+\"",
                "\"model/trees.bin\" : \"" + ModelFile.sha256(bytes.toByteArray()) + "\"").getBytes());
        entries.put("model/trees.bin", bytes.toByteArray());
        ModelZip.write(file, entries);
        ModelFileException filtered = assertThrows(ModelFileException.class, () -> new ModelFile().read(file));
        assertTrue(filtered.getMessage().startsWith(file + ": corrupt model/trees.bin"), filtered.getMessage());
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
