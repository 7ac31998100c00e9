package org.imrtoolkit.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Opening inputs safely: only regular files are read (a device such as /dev/zero never ends, a
 * FIFO blocks until someone writes to it), and never more than a limit, however long the stream.
 * Any command that opens a file it was given (a letter, a CSV, a model with {@code -m}) calls
 * {@link #requireRegularFile(Path)} first.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /** The input is not a regular file; the message says what it is ("not a regular file (a FIFO)"). */
    public static final class NotRegularFileException extends IOException {

        private static final long serialVersionUID = 1L;

        public NotRegularFileException(String message) {
            super(message);
        }
    }

    /**
     * Refuses, without opening it, anything but a regular file (symlinks followed).
     *
     * @return the file's attributes, for its size
     * @throws NotRegularFileException for a directory, device, FIFO or socket
     * @throws IOException             "no such file", "permission denied", "symlink loop"
     */
    public static BasicFileAttributes requireRegularFile(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new IOException(reason(e), e);
        }
        if (attributes.isRegularFile()) {
            return attributes;
        }
        if (attributes.isDirectory()) {
            throw new NotRegularFileException("is a directory, not a file");
        }
        throw new NotRegularFileException("not a regular file (" + kind(file) + ")");
    }

    /** "a FIFO", "a device", "a socket", or "a special file". */
    static String kind(Path file) {
        try {
            Object type = Files.getAttribute(file, "unix:mode");
            int mode = (Integer) type & 0170000;
            return switch (mode) {
                case 0010000 -> "a FIFO";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a device, FIFO or socket";
        }
    }

    /** One line saying why a file could not be used: "permission denied", "symlink loop", "no such file". */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemLoopException) {
            return "symlink loop";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            String r = f.getReason();
            return r.contains("Too many levels of symbolic links") ? "symlink loop"
                    : r.toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Reads at most {@code limit} bytes; a stream longer than that (a pipe, a file still growing) is
     * refused after reading {@code limit + 1} bytes, never read to its end.
     *
     * @param what how the refusal names the input's kind ("the file", "the letter")
     * @throws SizeLimitException when the stream holds more than {@code limit} bytes
     */
    public static byte[] readBounded(InputStream in, long limit, String what) throws IOException {
        int cap = (int) Math.min(Integer.MAX_VALUE - 16, limit);
        byte[] bytes = in.readNBytes(cap);
        if (bytes.length == cap && in.read() >= 0) {
            throw new SizeLimitException(what + " is over the " + Sizes.format(limit)
                    + " limit (raise it with --max-input-size)");
        }
        return bytes;
    }

    /** More input than a limit allows. */
    public static final class SizeLimitException extends IOException {

        private static final long serialVersionUID = 1L;

        public SizeLimitException(String message) {
            super(message);
        }
    }
}
