package org.imrtoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A bash script run in a child process, for the tests of the launcher scripts. */
record Bash(int exitCode, String out, String err) {

    /** Runs {@code script} with bash in {@code dir}, with {@code env} added to (or, as null, removed from) the environment. */
    static Bash run(Path dir, Map<String, String> env, String script) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(bash().toString(), "-c", script).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        env.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        Process p = pb.start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "bash -c " + script + " did not finish");
        return new Bash(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    static Path bash() {
        return which("bash");
    }

    /** A command from /usr/bin or /bin. */
    static Path which(String command) {
        for (String dir : List.of("/usr/bin", "/bin", "/usr/local/bin", "/opt/homebrew/bin")) {
            Path p = Path.of(dir, command);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new IllegalStateException("no " + command + " in /usr/bin or /bin");
    }

    /**
     * A folder of links to the few commands the launcher scripts use, to be the whole PATH of a
     * test that must not find the machine's own {@code java}.
     */
    static Path toolbox(Path dir) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("toolbox"));
        for (String command : List.of("bash", "sed", "sort", "dirname", "basename", "readlink", "cat", "find",
                "mkdir", "touch", "grep", "head", "tail", "rm", "env")) {
            Path link = bin.resolve(command);
            if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, which(command));
            }
        }
        return bin;
    }

    /** Deletes every symbolic link under {@code dir} (not what they point to). */
    static void deleteLinks(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isSymbolicLink).toList()) {
                Files.delete(p);
            }
        }
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
