package org.imrtoolkit.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

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
     * The files named by {@code inputs}: a file as given (whatever its extension, so that a wrong
     * file gets a clear parse error rather than being skipped silently), a directory as every
     * {@code *.txt} and {@code *.pdf} below it, sorted by path.
     *
     * @throws IOException when an input does not exist or a directory cannot be listed
     */
    public static List<Path> expand(List<Path> inputs) throws IOException {
        return expand(inputs, LetterFiles::isLetterFile);
    }

    /** As {@link #expand(List)}, taking from directories the files that {@code wanted} accepts. */
    public static List<Path> expand(List<Path> inputs, java.util.function.Predicate<Path> wanted) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
                    walk.filter(Files::isRegularFile).filter(wanted).sorted().forEach(files::add);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            } else if (Files.exists(input)) {
                files.add(input);
            } else {
                throw new IOException(input + ": no such file or directory");
            }
        }
        return files;
    }
}
