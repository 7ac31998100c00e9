package org.imrtoolkit.core.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the read-only {@code ../shared} material and the project's own {@code data/} for tests.
 * Without {@code ../shared} (a user's clone) a test that needs it is skipped with a message on
 * stderr; in CI ({@code CI=true}) it fails instead, since CI always has it. Called in a
 * {@code @BeforeAll} method, it skips each test of the class ({@link SkipEachTest}), so that every
 * test that did not run is counted as skipped. {@code -Dimr.shared.dir=DIR} looks elsewhere.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The project's root folder (where {@code data/} and the root pom are). */
    public static Path projectDir() {
        String prop = System.getProperty("imr.project.dir");
        Path dir = prop != null ? Path.of(prop) : Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("data").resolve("letters"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the project folder (with data/letters) above "
                    + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** The shipped default model, {@code models/default.imrmodel}. */
    public static Path defaultModel() {
        return projectDir().resolve("models").resolve("default.imrmodel");
    }

    /** The shipped letters, {@code data/letters}. */
    public static Path dataLetters() {
        return projectDir().resolve("data").resolve("letters");
    }

    /** {@code ../shared/<sub>}, or a skipped (CI: failed) test when it is absent. */
    public static Path shared(String sub) {
        String prop = System.getProperty("imr.shared.dir");
        Path shared = prop != null ? Path.of(prop) : projectDir().resolveSibling("shared");
        Path dir = shared.resolve(sub).normalize();
        if (!Files.isDirectory(dir)) {
            // "SKIPPED: <reason>; <details>": ./run-tests counts the skipped tests by <reason>
            String message = "SKIPPED: ../shared not found; no " + dir + ": tests on the shared letters need ../shared beside the clone";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("../shared not found (no " + dir + ") and CI=true, where it must be present");
            }
            System.err.println(message);
            assumeTrue(false, message);
        }
        return dir;
    }
}
