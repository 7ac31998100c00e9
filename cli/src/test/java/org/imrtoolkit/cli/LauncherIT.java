package org.imrtoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.imrtoolkit.core.testing.SharedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./imr} through a symlink on the PATH, run from another folder: an integration
 * test (failsafe, after {@code package}), since it runs the packaged {@code cli/target/imr.jar}.
 */
class LauncherIT {

    @TempDir
    Path dir;

    @AfterEach
    void deleteLinks() throws java.io.IOException {
        Bash.deleteLinks(dir);
    }

    @Test
    void imrThroughASymlinkOnThePathPrintsTheJavaItRunsOn() throws Exception {
        Path root = SharedData.projectDir();
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("imr-test"), root.resolve("imr"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        String javaHome = System.getProperty("java.home");
        Map<String, String> env = new HashMap<>();
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        env.put("JAVA_HOME", javaHome);
        Bash run = Bash.run(elsewhere, env, "imr-test --version");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("imr-toolkit "), run.toString());
        assertTrue(run.out().contains("Java " + Runtime.version() + " ("), run.toString());
        assertTrue(run.out().contains(" at " + javaHome + ", from JAVA_HOME"), run.toString());
    }
}
