package org.imrtoolkit.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.imrtoolkit.core.io.CsvColumns;
import org.imrtoolkit.model.metrics.Objective;
import org.imrtoolkit.model.encode.FeatureSet;
import org.imrtoolkit.model.encode.FeatureSpec;
import org.imrtoolkit.model.encode.SparseVector;
import org.imrtoolkit.model.metrics.MetricsCalculator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {

    @TempDir
    Path dir;

    private final ModelFile file = new ModelFile();

    static final TrainingSettings SETTINGS =
            new TrainingSettings("logistic", FeatureSet.ALL, 5, 42, 1.0, 2, true, Objective.BALANCED_ACCURACY);

    static ModelManifest manifest(String created, FeatureSpec spec) {
        var metrics = MetricsCalculator.of(new int[] {0, 1, 0}, new double[] {0.2, 0.7, 0.4}, 0.5,
                List.of("Upheld", "Overturned"), 1 / 3.0);
        return new ModelManifest(ModelManifest.FORMAT_VERSION, "test", created, LogisticModel.ALGORITHM,
                SETTINGS, List.of(new InputDigest("a.txt", "00")), CsvColumns.DEFAULT, "Overturned",
                List.of("Upheld", "Overturned"), 0.31, new PlattScaling(0.8, -0.2), 3, 1, spec,
                new CrossValidationSummary(2, "", metrics, List.of(metrics)), null, Map.of());
    }

    static final FeatureSpec SPEC = new FeatureSpec(FeatureSet.ALL, List.of("prior_visits", "treatment_type=imaging"),
            List.of("Type=Urgent"), List.of("no improvement"), List.of(1.7), 2);
    static final LogisticModel MODEL = new LogisticModel(new double[] {0.5, -1.25, 0.1, 2.0}, -0.75);

    @Test
    void roundTripGivesTheSameModelAndManifest() throws Exception {
        Path path = dir.resolve("m.imrmodel");
        file.write(path, manifest("2026-01-01T00:00:00Z", SPEC), MODEL);
        ModelFile.Contents read = file.read(path);
        assertEquals(MODEL, read.model());
        assertEquals(SPEC, read.manifest().featureSpec());
        assertEquals(0.31, read.manifest().threshold());
        assertEquals(SETTINGS, read.manifest().options());
        assertEquals(new PlattScaling(0.8, -0.2), read.manifest().calibration());
        SparseVector x = new SparseVector(new int[] {0, 3}, new double[] {1.0, 0.5});
        assertEquals(MODEL.probability(x), read.model().probability(x));
        assertEquals(manifest("x", SPEC).crossValidation(), read.manifest().crossValidation());
    }

    @Test
    void theSameModelGivesTheSameBytesButForItsCreationTime() throws Exception {
        Path a = dir.resolve("a.imrmodel");
        Path b = dir.resolve("b.imrmodel");
        file.write(a, manifest("2026-01-01T00:00:00Z", SPEC), MODEL);
        file.write(b, manifest("2026-01-01T00:00:00Z", SPEC), MODEL);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void truncatedFile() throws Exception {
        Path path = dir.resolve("m.imrmodel");
        file.write(path, manifest("t", SPEC), MODEL);
        byte[] bytes = Files.readAllBytes(path);
        Files.write(path, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ModelFileException e = assertThrows(ModelFileException.class, () -> file.read(path));
        assertTrue(e.getMessage().startsWith(path + ": "), e.getMessage());
    }

    @Test
    void flippedBitInTheCoefficientsFailsTheChecksum() throws Exception {
        Path path = dir.resolve("m.imrmodel");
        file.write(path, manifest("t", SPEC), MODEL);
        // Rewrite the zip with one coefficient changed, the manifest untouched.
        Map<String, byte[]> entries = ModelZip.entries(path);
        String coefficients = new String(entries.get(ModelFile.LOGISTIC), StandardCharsets.UTF_8);
        entries.put(ModelFile.LOGISTIC, coefficients.replace("-1.25", "-1.35").getBytes(StandardCharsets.UTF_8));
        ModelZip.write(path, entries);
        ModelFileException e = assertThrows(ModelFileException.class, () -> file.read(path));
        assertEquals(path + ": corrupt model file: the checksum of model/logistic.json does not match its manifest",
                e.getMessage());
    }

    @Test
    void flippedByteAnywhereIsReportedNotThrown() throws Exception {
        Path path = dir.resolve("m.imrmodel");
        file.write(path, manifest("t", SPEC), MODEL);
        byte[] good = Files.readAllBytes(path);
        int reported = 0;
        for (int at = 0; at < good.length; at += Math.max(1, good.length / 97)) {
            byte[] bad = good.clone();
            bad[at] ^= 0x10;
            Files.write(path, bad);
            try {
                file.read(path);
            } catch (ModelFileException e) {
                reported++;
            }
        }
        assertTrue(reported > 0, "some flipped bytes are caught");
    }

    @Test
    void anotherFormatVersion() throws Exception {
        Path path = dir.resolve("m.imrmodel");
        file.write(path, manifest("t", SPEC), MODEL);
        Map<String, byte[]> entries = ModelZip.entries(path);
        String manifest = new String(entries.get(ModelFile.MANIFEST), StandardCharsets.UTF_8);
        entries.put(ModelFile.MANIFEST, manifest.replaceFirst("\"formatVersion\" : 1", "\"formatVersion\" : 99")
                .getBytes(StandardCharsets.UTF_8));
        ModelZip.write(path, entries);
        ModelFileException e = assertThrows(ModelFileException.class, () -> file.read(path));
        assertEquals(path + ": model format version 99; this toolkit reads version 1 (retrain the model with 'imr train')",
                e.getMessage());
    }

    @Test
    void aZipWithoutManifestAndAFileThatIsNoZip() throws Exception {
        Path path = dir.resolve("m.imrmodel");
        ModelZip.write(path, Map.of("hello.txt", "hi".getBytes(StandardCharsets.UTF_8)));
        assertEquals(path + ": not an imr-toolkit model (no manifest.json inside)",
                assertThrows(ModelFileException.class, () -> file.read(path)).getMessage());
        Files.writeString(path, "just text");
        assertTrue(assertThrows(ModelFileException.class, () -> file.read(path)).getMessage()
                .startsWith(path + ": not an imr-toolkit model"));
        Path missing = dir.resolve("none.imrmodel");
        assertEquals(missing + ": no such model file",
                assertThrows(ModelFileException.class, () -> file.read(missing)).getMessage());
    }

    @Test
    void weightsThatDoNotMatchTheFeatureSpec() throws Exception {
        Path path = dir.resolve("m.imrmodel");
        file.write(path, manifest("t", SPEC), new LogisticModel(new double[] {1, 2}, 0));
        assertEquals(path + ": the model has 2 weights but its feature spec 4 inputs",
                assertThrows(ModelFileException.class, () -> file.read(path)).getMessage());
    }
}
