package org.imrtoolkit.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.imrtoolkit.core.io.AtomicFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the model file: a zip of {@code manifest.json} and {@code model/logistic.json}.
 * Entries carry a fixed timestamp and the JSON is written in a fixed order, so the same training
 * gives the same bytes but for the manifest's creation time. Loading checks the format version and
 * every entry's SHA-256, and turns any fault into one clear {@link ModelFileException}.
 */
public final class ModelFile {

    static final String MANIFEST = "manifest.json";
    static final String LOGISTIC = "model/logistic.json";
    /**
     * A tree ensemble is Smile's own object graph, serialized: its nodes have no public form to
     * write out. It is read back only with the Smile version the manifest names, and only Smile's
     * and the JDK's data classes may appear in it (an ObjectInputFilter), so a foreign file cannot
     * make the loader build anything else.
     */
    static final String TREES = "model/trees.bin";
    private static final java.io.ObjectInputFilter TREE_FILTER = java.io.ObjectInputFilter.Config.createFilter(
            "maxdepth=500;maxrefs=5000000;smile.**;java.lang.*;java.util.*;java.math.*;!*");
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final int MAX_ENTRY_BYTES = 512 << 20;

    private final JsonMapper json = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The model's own entry, and the Smile version it depends on (none for coefficients). */
    private record Entry(String name, byte[] content, String smileVersion) {
    }

    /** A loaded model file. */
    public record Contents(ModelManifest manifest, Scorer model) {
    }

    /** Writes the model atomically: a killed run leaves the old file or none, never half of one. */
    public void write(Path path, ModelManifest manifest, Scorer model) throws IOException {
        Entry entry = switch (model) {
            case LogisticModel logistic -> new Entry(LOGISTIC,
                    json.writeValueAsBytes(new Coefficients(logistic.intercept(), logistic.weights())), null);
            case TreeModel tree -> new Entry(TREES, serialize(tree), ModelManifest.runtimeSmileVersion());
        };
        String entryName = entry.name();
        byte[] content = entry.content();
        ModelManifest sealed = manifest.sealed(new TreeMap<>(Map.of(entryName, sha256(content))), entry.smileVersion());
        byte[] manifestBytes = json.writeValueAsBytes(sealed);
        try (AtomicFile file = new AtomicFile(path)) {
            ZipOutputStream zip = new ZipOutputStream(file.stream());
            put(zip, MANIFEST, manifestBytes);
            put(zip, entryName, content);
            zip.finish();
            file.commit();
        }
    }

    private static byte[] serialize(TreeModel tree) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(tree.classifier());
        }
        return bytes.toByteArray();
    }

    public Contents read(Path path) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(path + ": no such model file");
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries.put(entry.getName(), readEntry(zip, entry.getName(), path));
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new ModelFileException(path + ": not a model file, or a truncated one (" + e.getMessage() + ")", e);
        }
        byte[] manifestBytes = entries.get(MANIFEST);
        if (manifestBytes == null) {
            throw new ModelFileException(path + ": not an imr-toolkit model (no " + MANIFEST + " inside)");
        }
        ModelManifest manifest;
        try {
            Map<?, ?> raw = json.readValue(manifestBytes, Map.class);
            Object version = raw.get("formatVersion");
            if (!(version instanceof Number n) || n.intValue() != ModelManifest.FORMAT_VERSION) {
                throw new ModelFileException(path + ": model format version " + version + "; this toolkit reads version "
                        + ModelManifest.FORMAT_VERSION + " (retrain the model with 'imr train')");
            }
            manifest = json.readValue(manifestBytes, ModelManifest.class);
        } catch (JacksonException e) {
            throw new ModelFileException(path + ": corrupt " + MANIFEST + " (" + e.getOriginalMessage() + ")", e);
        }
        if (manifest.entries() == null || manifest.featureSpec() == null || manifest.labels() == null) {
            throw new ModelFileException(path + ": incomplete " + MANIFEST);
        }
        for (var expected : manifest.entries().entrySet()) {
            byte[] content = entries.get(expected.getKey());
            if (content == null) {
                throw new ModelFileException(path + ": corrupt model file: " + expected.getKey() + " is missing");
            }
            if (!sha256(content).equals(expected.getValue())) {
                throw new ModelFileException(path + ": corrupt model file: the checksum of " + expected.getKey()
                        + " does not match its manifest");
            }
        }
        if (!LogisticModel.ALGORITHM.equals(manifest.algorithm())) {
            return new Contents(manifest, readTrees(path, manifest, entries.get(TREES)));
        }
        if (!entries.containsKey(LOGISTIC)) {
            throw new ModelFileException(path + ": no " + LOGISTIC + " in a logistic model");
        }
        Coefficients c;
        try {
            c = json.readValue(entries.get(LOGISTIC), Coefficients.class);
        } catch (JacksonException e) {
            throw new ModelFileException(path + ": corrupt " + LOGISTIC + " (" + e.getOriginalMessage() + ")", e);
        }
        if (c.weights() == null || c.weights().length != manifest.featureSpec().size()) {
            throw new ModelFileException(path + ": the model has " + (c.weights() == null ? 0 : c.weights().length)
                    + " weights but its feature spec " + manifest.featureSpec().size() + " inputs");
        }
        return new Contents(manifest, new LogisticModel(c.weights(), c.intercept()));
    }

    @SuppressWarnings("unchecked")
    private static TreeModel readTrees(Path path, ModelManifest manifest, byte[] content) throws ModelFileException {
        if (!java.util.List.of("rf", "gbm").contains(manifest.algorithm())) {
            throw new ModelFileException(path + ": algorithm '" + manifest.algorithm() + "' is not one this toolkit reads");
        }
        if (content == null) {
            throw new ModelFileException(path + ": no " + TREES + " in a " + manifest.algorithm() + " model");
        }
        String runtime = ModelManifest.runtimeSmileVersion();
        if (!runtime.equals(manifest.smileVersion())) {
            throw new ModelFileException(path + ": this " + manifest.algorithm() + " model was fitted with Smile "
                    + manifest.smileVersion() + " and this toolkit has Smile " + runtime + "; retrain it with 'imr train'");
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new ByteArrayInputStream(content))) {
            in.setObjectInputFilter(TREE_FILTER);
            Object read = in.readObject();
            if (!(read instanceof smile.classification.Classifier<?> classifier)) {
                throw new ModelFileException(path + ": " + TREES + " holds no classifier");
            }
            var spec = manifest.featureSpec();
            return new TreeModel(manifest.algorithm(), (smile.classification.Classifier<smile.data.Tuple>) classifier,
                    spec.named().size() + spec.categories().size(),
                    manifest.calibration() == null ? org.imrtoolkit.model.PlattScaling.IDENTITY : manifest.calibration());
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new ModelFileException(path + ": corrupt " + TREES + " (" + e.getMessage() + ")", e);
        }
    }

    /** The manifest as JSON, as {@code imr model-info --json} prints it. */
    public String toJson(ModelManifest manifest) {
        return json.writeValueAsString(manifest);
    }

    private static byte[] readEntry(InputStream in, String name, Path path) throws IOException {
        byte[] content = in.readNBytes(MAX_ENTRY_BYTES + 1);
        if (content.length > MAX_ENTRY_BYTES) {
            throw new ModelFileException(path + ": entry " + name + " is larger than a model's entries can be");
        }
        return content;
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
