package org.imrtoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import org.imrtoolkit.core.testing.SharedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher scripts through bash, with fake JDKs (a {@code release} file and shell scripts as
 * {@code bin/java} and {@code bin/javac}): scripts/jdk25.sh's lookup order and fallbacks, ./imr and
 * ./run-tests through a symlink, and the skipped-tests line ./run-tests ends with. The real
 * {@code imr --version} through a symlink is {@link LauncherIT} (it needs the packaged jar).
 */
class LauncherScriptsTest {

    private static final Path ROOT = SharedData.projectDir();

    @TempDir
    Path dir;

    /** The links to the scripts and to /usr/bin go first, so that JUnit's clean-up has none to warn about. */
    @AfterEach
    void deleteLinks() throws IOException {
        Bash.deleteLinks(dir);
    }

    /** A fake JDK: {@code release} with JAVA_VERSION, bin/java answering -XshowSettings, bin/javac unless a JRE. */
    private Path jdk(String name, String version, boolean javac) throws IOException {
        Path home = Files.createDirectories(dir.resolve("jvm").resolve(name));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Fake\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path bin = Files.createDirectories(home.resolve("bin"));
        script(bin.resolve("java"), "echo '    java.home = " + home + "' >&2\necho '    java.version = " + version
                + "' >&2\necho 'fake java " + version + "' >&2\n");
        if (javac) {
            script(bin.resolve("javac"), "echo javac " + version + "\n");
        }
        return home;
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The environment of a lookup: only the toolbox (and {@code extraPath}) on the PATH, the fake places. */
    private Map<String, String> env(Path javaHome, Path extraPath) throws IOException {
        Map<String, String> env = new HashMap<>();
        String path = Bash.toolbox(dir).toString();
        env.put("PATH", extraPath == null ? path : extraPath + ":" + path);
        env.put("JAVA_HOME", javaHome == null ? null : javaHome.toString());
        env.put("IMR_JDK_PLACES", dir.resolve("jvm") + "/*");
        env.put("IMR_JDK_SOURCE", null);
        return env;
    }

    private Bash lookup(Map<String, String> env) throws Exception {
        return Bash.run(dir, env, ". '" + ROOT.resolve("scripts/jdk25.sh")
                + "' && imr_find_jdk25 && printf '%s|%s' \"$JAVA_HOME\" \"$IMR_JDK_SOURCE\"");
    }

    @Test
    void aTooOldJavaHomeFallsBackToTheNewestJdk25Installed() throws Exception {
        Path old = jdk("jdk-17.0.1", "17.0.1", true);
        jdk("jdk-25.0.9", "25.0.9", true);
        Path newest = jdk("jdk-25.0.10", "25.0.10", true);
        jdk("jre-26", "26", false); // no javac: cannot build the toolkit
        jdk("jdk-1.8", "1.8.0_292", true);
        Bash run = lookup(env(old, null));
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(newest + "|the newest JDK 25+ in the usual install places", run.out(), run.toString());
    }

    @Test
    void aJdk25JavaHomeWins() throws Exception {
        Path home = jdk("jdk-25.0.1", "25.0.1", true);
        jdk("jdk-26.0.1", "26.0.1", true);
        Bash run = lookup(env(home, null));
        assertEquals(home + "|from JAVA_HOME", run.out(), run.toString());
    }

    @Test
    void theJavaOnThePathIsFoundAtItsRealHomeThroughSymlinks() throws Exception {
        Path old = jdk("jdk-17.0.1", "17.0.1", true);
        Path onPath = jdk("jdk-25.0.1", "25.0.1", true);
        jdk("jdk-26.0.1", "26.0.1", true); // newer, but the PATH's java comes first
        // bin/java -> alternatives/java -> jdk-25.0.1/bin/java, as Debian's /etc/alternatives does
        Path alternatives = Files.createDirectories(dir.resolve("alternatives"));
        Files.createSymbolicLink(alternatives.resolve("java"), onPath.resolve("bin/java"));
        Path bin = Files.createDirectories(dir.resolve("usr-bin"));
        Files.createSymbolicLink(bin.resolve("java"), Path.of("../alternatives/java"));
        Bash run = lookup(env(old, bin));
        assertEquals(onPath + "|the java on the PATH", run.out(), run.toString());
    }

    @Test
    void aStubJavaOnThePathIsAskedForItsHome() throws Exception {
        Path home = jdk("jdk-25.0.2", "25.0.2", true);
        Path bin = Files.createDirectories(dir.resolve("stub-bin"));
        // like macOS's /usr/bin/java: not inside a JDK, it runs one
        script(bin.resolve("java"), "exec '" + home.resolve("bin/java") + "' \"$@\"\n");
        Map<String, String> env = env(null, bin);
        env.put("IMR_JDK_PLACES", "");
        Bash run = lookup(env);
        assertEquals(home + "|the java on the PATH", run.out(), run.toString());
    }

    @Test
    void noJdk25SaysWhatToInstallInOneLine() throws Exception {
        Path old = jdk("jdk-17.0.1", "17.0.1", true);
        Bash run = lookup(env(old, old.resolve("bin")));
        assertEquals(1, run.exitCode(), run.toString());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.toString());
        assertTrue(run.err().startsWith("imr: no JDK 25 or newer found") && run.err().contains("install one"),
                run.toString());
    }

    /** Both scripts find scripts/jdk25.sh beside their real selves when run through a chain of symlinks. */
    @Test
    void theLauncherAndRunTestsWorkThroughSymlinksOnThePath() throws Exception {
        Path old = jdk("jdk-17.0.1", "17.0.1", true);
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path links = Files.createDirectories(dir.resolve("links"));
        Files.createSymbolicLink(links.resolve("imr"), ROOT.resolve("imr"));
        Files.createSymbolicLink(bin.resolve("imr-test"), Path.of("../links/imr"));
        Files.createSymbolicLink(bin.resolve("run-tests-test"), ROOT.resolve("run-tests"));
        Map<String, String> env = env(old, bin);
        // no JDK 25 here, so each stops at the lookup, before building or testing anything
        for (String command : new String[] {"imr-test --version", "run-tests-test"}) {
            Bash run = Bash.run(dir, env, command);
            assertEquals(1, run.exitCode(), command + ": " + run);
            assertTrue(run.err().startsWith("imr: no JDK 25 or newer found"), command + ": " + run);
        }
    }

    @Test
    void theSkippedTestsLineCountsEachSkippedTestByReason() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("repo/core/target/surefire-reports"));
        Files.writeString(reports.resolve("TEST-a.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="a" tests="5" skipped="4">
                  <testcase name="one" classname="a"><skipped message="Assumption failed: SKIPPED: ../shared not found; no /x/shared/wc-letters: tests on the shared letters need ../shared beside the clone"/></testcase>
                  <testcase name="two" classname="a"><skipped message="SKIPPED: ../shared not found; no /x/shared/letters"/></testcase>
                  <testcase name="three" classname="a"><skipped message="Assumption failed: SKIPPED: chromium not found; cannot render r.html (apt-get install chromium)"/></testcase>
                  <testcase name="four" classname="a"><skipped/></testcase>
                  <testcase name="aborted" classname="a"><skipped type="org.opentest4j.TestAbortedException"><![CDATA[org.opentest4j.TestAbortedException: Assumption failed: SKIPPED: ../shared not found; no /x/shared/wc-letters/txt: tests on the shared letters need ../shared beside the clone
                	at a.aborted(a.java:32)
                ]]></skipped></testcase>
                  <testcase name="five" classname="a"/>
                </testsuite>
                """);
        Path it = Files.createDirectories(dir.resolve("repo/cli/target/failsafe-reports"));
        Files.writeString(it.resolve("TEST-b.xml"), """
                <testsuite name="b"><testcase name="six" classname="b"><skipped message="SKIPPED: ../shared not found"/></testcase></testsuite>
                """);
        String java = ProcessHandle.current().info().command().orElseThrow();
        Map<String, String> env = new HashMap<>();
        Bash run = Bash.run(dir, env, "'" + java + "' '" + ROOT.resolve("scripts/SkippedTests.java") + "' repo");
        assertEquals("6 tests skipped: ../shared not found (4), chromium not found (1), no reason given (1)\n",
                run.out(), run.toString());

        Files.writeString(reports.resolve("TEST-a.xml"), "<testsuite name=\"a\"><testcase name=\"one\"/></testsuite>");
        Files.delete(it.resolve("TEST-b.xml"));
        run = Bash.run(dir, env, "'" + java + "' '" + ROOT.resolve("scripts/SkippedTests.java") + "' repo");
        assertEquals("no tests skipped\n", run.out(), run.toString());
    }

    @Test
    void versionNamesTheToolkitAndTheJavaRuntime() {
        Run run = Run.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("imr-toolkit "), run.out());
        assertTrue(run.out().contains("Java " + Runtime.version() + " ("), run.out());
        assertTrue(run.out().contains(" at " + System.getProperty("java.home")), run.out());
    }
}
