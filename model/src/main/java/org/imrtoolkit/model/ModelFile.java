package org.imrtoolkit.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.imrtoolkit.core.io.AtomicFile;
import org.imrtoolkit.core.io.InputFiles;
import org.imrtoolkit.core.io.Messages;
import org.imrtoolkit.core.io.Sizes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the model file: a zip of {@code manifest.json} and the model's own entry,
 * {@code model/logistic.json} (coefficients) or {@code model/trees.json} (every node of a tree
 * ensemble). Entries carry a fixed timestamp and the JSON is written in a fixed order, so the same
 * training gives the same bytes but for the manifest's creation time. A model file may come from
 * anyone, so loading never runs Java deserialization, reads only a regular file, bounds the file,
 * the number of entries and each entry's inflated size before holding them, checks the format
 * version and every entry's SHA-256, validates the whole manifest and the model against it, and
 * turns any fault into one line: a {@link ModelFileException}.
 */
public final class ModelFile {

    static final String MANIFEST = "manifest.json";
    static final String LOGISTIC = "model/logistic.json";
    static final String TREES = "model/trees.json";
    /** Where tree models were Java-serialized before: refused, never deserialized. */
    static final String SERIALIZED_TREES = "model/trees.bin";
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    /** The shipped model is 0.25 MB on disk and 0.25 MB inflated; these leave a hundredfold room. */
    static final long MAX_FILE_BYTES = 64L << 20;
    static final int MAX_ENTRY_BYTES = 64 << 20;
    static final long MAX_INFLATED_BYTES = 128L << 20;
    static final int MAX_ENTRIES = 8;

    private final JsonMapper json = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** A loaded model file. */
    public record Contents(ModelManifest manifest, Scorer model) {
    }

    /** Writes the model atomically: a killed run leaves the old file or none, never half of one. */
    public void write(Path path, ModelManifest manifest, Scorer model) throws IOException {
        String entryName;
        byte[] content;
        switch (model) {
            case LogisticModel logistic -> {
                entryName = LOGISTIC;
                content = json.writeValueAsBytes(new Coefficients(logistic.intercept(), logistic.weights()));
            }
            case TreeModel tree -> {
                entryName = TREES;
                content = json.writeValueAsBytes(tree.trees());
            }
        }
        ModelManifest sealed = manifest.sealed(new TreeMap<>(Map.of(entryName, sha256(content))), null);
        byte[] manifestBytes = json.writeValueAsBytes(sealed);
        try (AtomicFile file = new AtomicFile(path)) {
            ZipOutputStream zip = new ZipOutputStream(file.stream());
            put(zip, MANIFEST, manifestBytes);
            put(zip, entryName, content);
            zip.finish();
            file.commit();
        }
    }

    public Contents read(Path path) throws IOException {
        Map<String, byte[]> entries = entries(path, bytes(path));
        byte[] manifestBytes = entries.get(MANIFEST);
        if (manifestBytes == null) {
            throw refused(path, "not an imr-toolkit model (no " + MANIFEST + " inside)");
        }
        ModelManifest manifest = manifest(path, manifestBytes);
        for (var expected : manifest.entries().entrySet()) {
            byte[] content = entries.get(expected.getKey());
            if (content == null) {
                throw refused(path, "corrupt model file: " + expected.getKey() + " is missing");
            }
            if (!sha256(content).equals(expected.getValue())) {
                throw refused(path, "corrupt model file: the checksum of " + expected.getKey()
                        + " does not match its manifest");
            }
        }
        if (!LogisticModel.ALGORITHM.equals(manifest.algorithm())) {
            return new Contents(manifest, readTrees(path, manifest, entries));
        }
        if (!entries.containsKey(LOGISTIC) || !manifest.entries().containsKey(LOGISTIC)) {
            throw refused(path, "no " + LOGISTIC + " in a logistic model");
        }
        Coefficients c;
        try {
            c = json.readValue(entries.get(LOGISTIC), Coefficients.class);
        } catch (JacksonException e) {
            throw refused(path, "corrupt " + LOGISTIC + " (" + e.getOriginalMessage() + ")", e);
        }
        if (c.weights() == null || c.weights().length != manifest.featureSpec().size()) {
            throw refused(path, "the model has " + (c.weights() == null ? 0 : c.weights().length)
                    + " weights but its feature spec " + manifest.featureSpec().size() + " inputs");
        }
        String bound = ManifestCheck.bounded("the intercept", c.intercept());
        for (int i = 0; bound == null && i < c.weights().length; i++) {
            bound = ManifestCheck.bounded("weight " + i, c.weights()[i]);
        }
        if (bound != null) {
            throw refused(path, LOGISTIC + ": " + bound);
        }
        return new Contents(manifest, new LogisticModel(c.weights(), c.intercept()));
    }

    /** The whole file, if it is a regular file no larger than a model can be. */
    private static byte[] bytes(Path path) throws IOException {
        try {
            InputFiles.requireRegularFile(path);
        } catch (IOException e) {
            throw refused(path, e.getCause() instanceof java.nio.file.NoSuchFileException ? "no such model file"
                    : e.getMessage());
        }
        try (InputStream in = Files.newInputStream(path)) {
            return InputFiles.readBounded(in, MAX_FILE_BYTES, "the model file");
        } catch (InputFiles.SizeLimitException e) {
            throw refused(path, "larger than a model file can be (" + Sizes.format(MAX_FILE_BYTES) + ")");
        } catch (IOException e) {
            throw refused(path, InputFiles.reason(e));
        }
    }

    /** The zip's entries, refused as soon as there are too many or one inflates past its bound. */
    private static Map<String, byte[]> entries(Path path, byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long inflated = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entries.size() == MAX_ENTRIES) {
                    throw refused(path, "more than " + MAX_ENTRIES + " entries; not a model file");
                }
                String name = entry.getName();
                if (entry.getSize() > MAX_ENTRY_BYTES) {
                    throw refused(path, "entry " + name + " says it inflates to " + entry.getSize()
                            + " bytes, more than a model's entries can be (" + Sizes.format(MAX_ENTRY_BYTES) + ")");
                }
                byte[] content = zip.readNBytes((int) Math.min(MAX_ENTRY_BYTES + 1L, MAX_INFLATED_BYTES - inflated + 1));
                inflated += content.length;
                if (content.length > MAX_ENTRY_BYTES || inflated > MAX_INFLATED_BYTES) {
                    throw refused(path, "entry " + name + " inflates to more than a model's entries can be ("
                            + Sizes.format(MAX_ENTRY_BYTES) + " each, " + Sizes.format(MAX_INFLATED_BYTES) + " in all)");
                }
                if (entries.put(name, content) != null) {
                    throw refused(path, "entry " + name + " appears twice");
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw refused(path, "not a model file, or a truncated one (" + e.getMessage() + ")", e);
        }
        return entries;
    }

    private ModelManifest manifest(Path path, byte[] manifestBytes) throws ModelFileException {
        ModelManifest manifest;
        try {
            Object raw = json.readValue(manifestBytes, Object.class);
            if (!(raw instanceof Map<?, ?> fields)) {
                throw refused(path, MANIFEST + " is not a JSON object");
            }
            Object version = fields.get("formatVersion");
            if (!(version instanceof Integer n) || n != ModelManifest.FORMAT_VERSION) {
                throw refused(path, "model format version " + version + "; this toolkit reads version "
                        + ModelManifest.FORMAT_VERSION + " (retrain the model with 'imr train')");
            }
            manifest = json.readValue(manifestBytes, ModelManifest.class);
        } catch (JacksonException e) {
            throw refused(path, "corrupt " + MANIFEST + " (" + e.getOriginalMessage() + ")", e);
        }
        String problem = manifest == null ? "empty" : ManifestCheck.problem(manifest);
        if (problem != null) {
            throw refused(path, "invalid " + MANIFEST + ": " + problem);
        }
        return manifest;
    }

    private TreeModel readTrees(Path path, ModelManifest manifest, Map<String, byte[]> entries)
            throws ModelFileException {
        if (!List.of(TreeEnsemble.RF, TreeEnsemble.GBM).contains(manifest.algorithm())) {
            throw refused(path, "algorithm '" + manifest.algorithm() + "' is not one this toolkit reads");
        }
        if (entries.containsKey(SERIALIZED_TREES)) {
            throw refused(path, "a " + manifest.algorithm() + " model in the old Java-serialized form (" + SERIALIZED_TREES
                    + "), which this toolkit no longer reads; retrain it with 'imr train'");
        }
        if (!entries.containsKey(TREES) || !manifest.entries().containsKey(TREES)) {
            throw refused(path, "no " + TREES + " in a " + manifest.algorithm() + " model");
        }
        TreeEnsemble trees;
        try {
            trees = json.readValue(entries.get(TREES), TreeEnsemble.class);
        } catch (JacksonException e) {
            throw refused(path, "corrupt " + TREES + " (" + e.getOriginalMessage() + ")", e);
        }
        var spec = manifest.featureSpec();
        String problem = trees == null ? "empty" : trees.problem(spec.named().size() + spec.categories().size());
        if (problem == null && !trees.kind().equals(manifest.algorithm())) {
            problem = "the trees are " + trees.kind() + " but the manifest says " + manifest.algorithm();
        }
        if (problem != null) {
            throw refused(path, "invalid " + TREES + ": " + problem);
        }
        return new TreeModel(manifest.algorithm(), trees,
                manifest.calibration() == null ? PlattScaling.IDENTITY : manifest.calibration());
    }

    /** One line, whatever the file held: no control characters or line breaks of its own reach the terminal. */
    private static ModelFileException refused(Path path, String why) {
        return new ModelFileException(Messages.escape(path + ": " + why));
    }

    private static ModelFileException refused(Path path, String why, Throwable cause) {
        return new ModelFileException(Messages.escape(path + ": " + why), cause);
    }

    /**
     * The manifest as JSON, as it is written in the model file. {@code imr model-info --json} prints
     * it with the card, and escapes what is beyond ASCII as it does so.
     */
    public String toJson(ModelManifest manifest) {
        return json.writeValueAsString(manifest);
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
