package org.imrtoolkit.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A command's output files, checked before any work is done, so that a wrong {@code -o} fails at
 * once with one line instead of after the whole batch (or worse, by replacing something).
 *
 * <p>How a command uses it, first thing in {@code call()}:
 * <pre>{@code
 * OutputTargets outputs = new OutputTargets().add("-o", output).add("--errors", errors)
 *         .add("--report", report).add("--evidence", evidence);   // null (stdout, not asked) is skipped
 * LetterFiles.Walk walk = CaseInputs.walk(inputs);
 * outputs.check(walk.files());                 // throws Refused: print "imr predict: " + e.getMessage(), exit 2
 * List<Path> files = outputs.withoutOutputs(walk.files());   // a directory input never reads our own output
 * }</pre>
 *
 * <p>Refused, each in one line naming the option, the path and why: an empty name ({@code -o ""});
 * a path that exists and is not a regular file (a directory, {@code /dev/null}, a FIFO); a
 * symbolic link (refused rather than followed or replaced: name the file it points to); a path
 * that is the same file as an input, or as another output; a parent directory that cannot be
 * created or written in.
 */
public final class OutputTargets {

    /** An output that cannot be used; the message is one line for the user. */
    public static final class Refused extends IOException {

        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    private record Target(String option, Path path) {
    }

    private final List<Target> targets = new ArrayList<>();

    /** Adds an output by its option's name; a null path (stdout, or an output not asked for) is skipped. */
    public OutputTargets add(String option, Path path) {
        if (path != null) {
            targets.add(new Target(option, path));
        }
        return this;
    }

    /** Checks every output against the rules above, against each other and against the inputs. */
    public void check(Collection<Path> inputs) throws Refused {
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            checkOne(t);
            for (Path input : inputs) {
                if (sameFile(t.path(), input)) {
                    throw refused(t, "is also an input; refusing to overwrite an input");
                }
            }
            for (int j = 0; j < i; j++) {
                Target other = targets.get(j);
                if (sameFile(t.path(), other.path())) {
                    throw refused(t, "is the same file as " + other.option() + "; give each output a file of its own");
                }
            }
        }
    }

    /** The files without any that is one of the outputs (a directory input holding a previous run's output). */
    public List<Path> withoutOutputs(List<Path> files) {
        List<Path> kept = new ArrayList<>();
        for (Path f : files) {
            if (targets.stream().noneMatch(t -> sameFile(t.path(), f))) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static void checkOne(Target t) throws Refused {
        Path path = t.path();
        if (path.toString().isEmpty()) {
            throw new Refused(t.option() + " \"\": an empty file name");
        }
        if (Files.isSymbolicLink(path)) {
            throw refused(t, "is a symbolic link; refusing to replace it (name the file it points to)");
        }
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                throw refused(t, "is a directory; give a file name");
            }
            if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                throw refused(t, "not a regular file (" + InputFiles.kind(path) + "); refusing to replace it");
            }
        }
        Path parent = path.toAbsolutePath().getParent();
        Path existing = parent;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw refused(t, "its directory cannot be created");
        }
        if (!Files.isDirectory(existing)) {
            throw refused(t, Messages.escape(existing.toString()) + " is not a directory");
        }
        if (!Files.isWritable(existing)) {
            throw refused(t, "cannot write in " + Messages.escape(existing.toString()) + " (permission denied)");
        }
    }

    private static Refused refused(Target t, String why) {
        return new Refused(t.option() + " " + Messages.escape(t.path().toString()) + ": " + why);
    }

    /** The same file: by identity when both exist (hard links too), else by normalised real location. */
    static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // Fall through to comparing names.
        }
        return location(a).equals(location(b));
    }

    private static Path location(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null || abs.getFileName() == null) {
            return abs;
        }
        try {
            return parent.toRealPath().resolve(abs.getFileName());
        } catch (IOException e) {
            return abs;
        }
    }
}
