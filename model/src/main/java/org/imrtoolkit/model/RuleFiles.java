package org.imrtoolkit.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.imrtoolkit.features.clinical.ClinicalFeatureExtractor;

/**
 * The SHA-256 of every rule and word-list file the features module reads (its resources under
 * {@code org/imrtoolkit/features/}), found where the features classes were loaded from (a jar or a
 * classes directory), so that a rule file added later is covered without a list to keep up to date.
 */
public final class RuleFiles {

    static final String PREFIX = "org/imrtoolkit/features/";

    private RuleFiles() {
    }

    /** Each resource file's SHA-256, by its path under {@code org/imrtoolkit/features/}. */
    public static Map<String, String> digests() {
        Map<String, String> digests = new TreeMap<>();
        try {
            Path source = Path.of(ClinicalFeatureExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(source)) {
                Path root = source.resolve(PREFIX);
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        String name = root.relativize(f).toString().replace('\\', '/');
                        if (!name.endsWith(".class")) {
                            digests.put(name, ModelFile.sha256(f));
                        }
                    }
                }
            } else {
                try (JarFile jar = new JarFile(source.toFile())) {
                    for (JarEntry e : jar.stream().toList()) {
                        String name = e.getName();
                        if (!e.isDirectory() && name.startsWith(PREFIX) && !name.endsWith(".class")) {
                            try (InputStream in = jar.getInputStream(e)) {
                                digests.put(name.substring(PREFIX.length()), ModelFile.sha256(in.readAllBytes()));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the features' rule files", e);
        } catch (URISyntaxException | SecurityException e) {
            return Map.of(); // a class loader without a file location: nothing to hash
        }
        return digests;
    }
}
