package org.imrtoolkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Model files someone sends: each hostile manifest, model entry or file kind is refused in one
 * line naming the file, fast, before any of it is used.
 */
class ModelFileRefusalsTest {

    private static final Duration BUDGET = Duration.ofSeconds(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private final ModelFile file = new ModelFile();

    /** A good logistic model file whose manifest has been edited. */
    @SuppressWarnings("unchecked")
    private Path withManifest(Consumer<Map<String, Object>> edit) throws Exception {
        Path path = dir.resolve("m.imrmodel");
        file.write(path, ModelFileTest.manifest("t", ModelFileTest.SPEC), ModelFileTest.MODEL);
        Map<String, byte[]> entries = ModelZip.entries(path);
        Map<String, Object> manifest = JSON.readValue(entries.get(ModelFile.MANIFEST), LinkedHashMap.class);
        edit.accept(manifest);
        entries.put(ModelFile.MANIFEST, JSON.writeValueAsBytes(manifest));
        ModelZip.write(path, entries);
        return path;
    }

    /** The one-line refusal; the test fails if loading takes longer than the budget. */
    private String refusal(Path path) {
        ModelFileException e = assertTimeoutPreemptively(BUDGET,
                () -> assertThrows(ModelFileException.class, () -> file.read(path)));
        String message = e.getMessage();
        assertTrue(message.startsWith(path + ": "), message);
        assertFalse(message.contains("\n"), message);
        assertFalse(message.contains("Exception"), message);
        return message;
    }

    @Test
    void missingSectionsAreRefusedBeforeAnyoneReadsThem() throws Exception {
        for (String field : List.of("options", "crossValidation", "inputs", "featureSpec", "labels")) {
            String m = refusal(withManifest(manifest -> manifest.remove(field)));
            assertTrue(m.contains("no '" + field + "'"), m);
        }
        String pooled = refusal(withManifest(manifest -> ((Map<String, Object>) manifest.get("crossValidation")).remove("pooled")));
        assertTrue(pooled.contains("no 'crossValidation.pooled'"), pooled);
    }

    @Test
    void numbersThatAreNotFiniteOrOutOfRange() throws Exception {
        for (Object threshold : List.of(-5, 7, "NaN", "Infinity")) {
            String m = refusal(withManifest(manifest -> manifest.put("threshold", threshold)));
            assertTrue(m.contains("'threshold'"), m);
        }
        String calibration = refusal(withManifest(manifest -> manifest.put("calibration", Map.of("a", "NaN", "b", 0))));
        assertTrue(calibration.contains("'calibration'"), calibration);
        String idf = refusal(withManifest(manifest ->
                ((Map<String, Object>) manifest.get("featureSpec")).put("idf", List.of("Infinity"))));
        assertTrue(idf.contains("idf of term 'no improvement'"), idf);
    }

    @Test
    void labelsMustBeTwoDistinctNames() throws Exception {
        for (List<String> labels : List.of(List.<String>of(), List.of("Overturned"), List.of("Overturned", "Overturned"),
                List.of("Upheld", "Overturned", "Other"))) {
            String m = refusal(withManifest(manifest -> manifest.put("labels", labels)));
            assertTrue(m.contains("'labels' must be two distinct names"), m);
        }
    }

    @Test
    void wrongTypesAreOneLine() throws Exception {
        String m = refusal(withManifest(manifest -> manifest.put("options", "fast")));
        assertTrue(m.contains("corrupt manifest.json"), m);
    }

    @Test
    void weightsThatAreNotFinite() throws Exception {
        Path path = dir.resolve("m.imrmodel");
        file.write(path, ModelFileTest.manifest("t", ModelFileTest.SPEC), ModelFileTest.MODEL);
        Map<String, byte[]> entries = ModelZip.entries(path);
        byte[] weights = "{\"intercept\": 0, \"weights\": [1, \"NaN\", 2, 3]}".getBytes(StandardCharsets.UTF_8);
        entries.put(ModelFile.LOGISTIC, weights);
        String manifest = new String(entries.get(ModelFile.MANIFEST), StandardCharsets.UTF_8)
                .replaceAll("\"model/logistic.json\" : \"[0-9a-f]+\"", "\"model/logistic.json\" : \"" + ModelFile.sha256(weights) + "\"");
        entries.put(ModelFile.MANIFEST, manifest.getBytes(StandardCharsets.UTF_8));
        ModelZip.write(path, entries);
        assertEquals(path + ": model/logistic.json: weight 1 is NaN, not a finite number", refusal(path));
    }

    @Test
    void tooManyEntriesOrAnEntryThatInflatesPastItsBoundIsRefusedFast() throws Exception {
        Path many = dir.resolve("many.imrmodel");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(many))) {
            for (int i = 0; i < 16; i++) {
                zip.putNextEntry(new ZipEntry("e" + i));
                zip.write(new byte[1024]);
                zip.closeEntry();
            }
        }
        assertTrue(refusal(many).contains("more than 8 entries"));

        // 100 MB of zeros deflates to about 100 KB; the loader stops at 64 MB.
        Path bomb = dir.resolve("bomb.imrmodel");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry(ModelFile.MANIFEST));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 100; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(bomb) < 1 << 20);
        assertTrue(refusal(bomb).contains("inflates to more than a model's entries can be (64.0 MB each"), refusal(bomb));
    }

    @Test
    void devicesFifosAndDirectoriesAreRefusedWithoutReading() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        assertEquals("/dev/zero: not a regular file (a character device)", refusal(zero));
        assertEquals(dir + ": is a directory, not a file", refusal(dir));
        Path fifo = dir.resolve("fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "no mkfifo here");
        assertEquals(fifo + ": not a regular file (a FIFO)", refusal(fifo));
    }

    @Test
    void aTreeModelWithTreesReadingInputsItDoesNotHaveOrLooping() throws Exception {
        var spec = ModelFileTest.SPEC; // 2 named + 1 category: trees may read inputs 0..2
        TreeEnsemble.Tree stump = new TreeEnsemble.Tree(1, new int[] {2, -1, -1}, new double[] {0.5, 0, 0},
                new int[] {1, 0, 0}, new int[] {2, 0, 0}, new double[] {0, 0.2, 0.9});
        TreeEnsemble good = new TreeEnsemble("rf", 3, 0, 1, List.of(stump));
        Path path = dir.resolve("rf.imrmodel");
        file.write(path, treeManifest(spec), new TreeModel("rf", good, PlattScaling.IDENTITY));
        assertEquals(0.9, file.read(path).model().probability(
                new org.imrtoolkit.model.encode.SparseVector(new int[] {2}, new double[] {1})), 1e-9);

        TreeEnsemble.Tree far = new TreeEnsemble.Tree(1, new int[] {7, -1, -1}, stump.split(), stump.whenAtMost(),
                stump.otherwise(), stump.value());
        file.write(path, treeManifest(spec), new TreeModel("rf", new TreeEnsemble("rf", 3, 0, 1, List.of(far)),
                PlattScaling.IDENTITY));
        assertTrue(refusal(path).endsWith("invalid model/trees.json: tree 0: node 0 reads input 7 of 3"), refusal(path));

        TreeEnsemble.Tree loop = new TreeEnsemble.Tree(1, new int[] {2, 2, -1}, stump.split(), new int[] {1, 0, 0},
                new int[] {2, 2, 0}, stump.value());
        file.write(path, treeManifest(spec), new TreeModel("rf", new TreeEnsemble("rf", 3, 0, 1, List.of(loop)),
                PlattScaling.IDENTITY));
        assertTrue(refusal(path).contains("node 1 has children outside 2..2"), refusal(path));

        file.write(path, treeManifest(spec), new TreeModel("rf", new TreeEnsemble("rf", 9, 0, 1, List.of(stump)),
                PlattScaling.IDENTITY));
        assertTrue(refusal(path).contains("the trees read 9 inputs but the feature spec gives them 3"), refusal(path));
    }

    @Test
    void javaSerializedTreesAreNeverRead() throws Exception {
        Path path = dir.resolve("old.imrmodel");
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (OutputStream out = new java.io.ObjectOutputStream(payload)) {
            ((java.io.ObjectOutputStream) out).writeObject(new java.util.HashSet<>(List.of(new java.util.HashSet<>())));
        }
        file.write(path, treeManifest(ModelFileTest.SPEC), new TreeModel("rf", new TreeEnsemble("rf", 3, 0, 1,
                List.of(new TreeEnsemble.Tree(1, new int[] {-1}, new double[1], new int[1], new int[1], new double[] {0.5}))),
                PlattScaling.IDENTITY));
        Map<String, byte[]> entries = ModelZip.entries(path);
        entries.remove(ModelFile.TREES);
        entries.put(ModelFile.SERIALIZED_TREES, payload.toByteArray());
        String manifest = new String(entries.get(ModelFile.MANIFEST), StandardCharsets.UTF_8)
                .replaceAll("\"model/trees.json\" : \"[0-9a-f]+\"",
                        "\"model/trees.bin\" : \"" + ModelFile.sha256(payload.toByteArray()) + "\"");
        entries.put(ModelFile.MANIFEST, manifest.getBytes(StandardCharsets.UTF_8));
        ModelZip.write(path, entries);
        assertTrue(refusal(path).contains("old Java-serialized form (model/trees.bin), which this toolkit no longer reads"),
                refusal(path));
    }

    private static ModelManifest treeManifest(org.imrtoolkit.model.encode.FeatureSpec spec) {
        ModelManifest m = ModelFileTest.manifest("t", spec);
        return new ModelManifest(m.formatVersion(), m.toolkitVersion(), m.created(), "rf", m.options(), m.inputs(),
                m.csvColumns(), m.positiveLabel(), m.labels(), m.threshold(), PlattScaling.IDENTITY, m.trainingExamples(),
                m.trainingPositives(), spec, m.crossValidation(), null, Map.of());
    }
}
