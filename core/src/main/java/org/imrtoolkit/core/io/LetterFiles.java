package org.imrtoolkit.core.io;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Expands command-line inputs into the letter files they name, in a stable order. */
public final class LetterFiles {

    private LetterFiles() {
    }

    /** Whether the file's name marks it as a letter the toolkit reads ({@code .txt} or {@code .pdf}). */
    public static boolean isLetterFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".pdf");
    }

    /** The letter's id: its file name without the extension. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * An input path that could not be used, and why.
     *
     * @param path   the path as found (under the input as given)
     * @param reason "symlink loop", "permission denied", "no such file or directory", ...
     */
    public record Problem(Path path, String reason) {

        /** "path: reason", the path's control characters escaped. */
        public String describe() {
            return Messages.escape(path.toString()) + ": " + reason;
        }
    }

    /**
     * What the inputs name: the files to read, and the entries that could not be used.
     *
     * @param files    the files, in order: each input in turn, a directory's files sorted by path
     * @param problems one per bad entry, in the order met; the walk went on past each
     */
    public record Walk(List<Path> files, List<Problem> problems) {

        public Walk {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    /**
     * The files named by {@code inputs}: a file as given (whatever its extension, so that a wrong
     * file gets a clear parse error rather than being skipped silently), a directory as every
     * {@code *.txt} and {@code *.pdf} below it, sorted by path.
     *
     * @throws IOException at the first input or entry that cannot be used, naming it and the reason;
     *                     {@link #walk} reports them all and goes on
     */
    public static List<Path> expand(List<Path> inputs) throws IOException {
        return expand(inputs, LetterFiles::isLetterFile);
    }

    /** As {@link #expand(List)}, taking from directories the files that {@code wanted} accepts. */
    public static List<Path> expand(List<Path> inputs, Predicate<Path> wanted) throws IOException {
        Walk walk = walk(inputs, wanted);
        if (!walk.problems().isEmpty()) {
            throw new IOException(walk.problems().get(0).describe());
        }
        return walk.files();
    }

    /**
     * Walks the inputs without stopping at a bad entry. A command prints each problem (one line,
     * {@link Problem#describe()}), counts it as a failed input (exit 1), and reads the files.
     *
     * <p>Directories are followed through symlinks, except a link to a directory that holds the
     * input (a link to {@code /}, to {@code ..}, to itself): that is reported as a "symlink loop" and
     * skipped, as is a loop the walk meets deeper down. An unreadable directory or file is reported
     * as "permission denied"; a wanted entry that is no regular file (a FIFO named x.txt) as "not a
     * regular file"; a dangling link as "broken symbolic link".
     */
    public static Walk walk(List<Path> inputs, Predicate<Path> wanted) {
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> found = new ArrayList<>();
                walkDirectory(input, wanted, found, problems);
                found.sort(null);
                files.addAll(found);
            } else if (Files.exists(input)) {
                files.add(input);
            } else if (Files.isSymbolicLink(input)) {
                problems.add(new Problem(input, brokenOrLoop(input)));
            } else {
                problems.add(new Problem(input, "no such file or directory"));
            }
        }
        return new Walk(files, problems);
    }

    private static void walkDirectory(Path root, Predicate<Path> wanted, List<Path> found, List<Problem> problems) {
        Path rootReal;
        try {
            rootReal = root.toRealPath();
        } catch (IOException e) {
            problems.add(new Problem(root, InputFiles.reason(e)));
            return;
        }
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(root) && Files.isSymbolicLink(dir)) {
                                try {
                                    Path target = dir.toRealPath();
                                    if (rootReal.startsWith(target)) {
                                        problems.add(new Problem(dir, "symlink loop (links to " + Messages.escape(
                                                target.toString()) + ", which holds the input); skipped"));
                                        return FileVisitResult.SKIP_SUBTREE;
                                    }
                                } catch (IOException e) {
                                    problems.add(new Problem(dir, InputFiles.reason(e)));
                                    return FileVisitResult.SKIP_SUBTREE;
                                }
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!wanted.test(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attrs.isSymbolicLink()) {
                                problems.add(new Problem(file, brokenOrLoop(file)));
                            } else if (!attrs.isRegularFile()) {
                                problems.add(new Problem(file, "not a regular file (" + InputFiles.kind(file) + ")"));
                            } else if (!Files.isReadable(file)) {
                                problems.add(new Problem(file, "permission denied"));
                            } else {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            problems.add(new Problem(file, InputFiles.reason(e)));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            if (e != null) {
                                problems.add(new Problem(dir, InputFiles.reason(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(new Problem(root, InputFiles.reason(e)));
        }
    }

    private static String brokenOrLoop(Path link) {
        try {
            link.toRealPath();
            return "cannot be read";
        } catch (IOException e) {
            String reason = InputFiles.reason(e);
            return reason.equals("no such file or directory") ? "broken symbolic link" : reason;
        }
    }
}
