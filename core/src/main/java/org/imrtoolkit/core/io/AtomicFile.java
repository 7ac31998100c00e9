package org.imrtoolkit.core.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An output file that appears whole or not at all: everything is written to a temporary file
 * beside the target, which {@link #commit()} syncs to disk and moves over the target, then syncs
 * the directory, so that after a crash the target is the old file or the whole new one. Closing
 * without committing deletes the temporary file, so a failed run leaves the old file (or none).
 *
 * <p>Temporary files still being written are deleted by a shutdown hook when the JVM is ended by
 * SIGTERM, SIGHUP or Ctrl-C (SIGINT); only SIGKILL leaves one behind.
 *
 * <p>The target must be a regular file or not exist: a directory, a device ({@code /dev/null}), a
 * FIFO or a symbolic link is refused, at creation and again at commit, rather than replaced.
 * Commands check all their outputs before any work with {@link OutputTargets}.
 */
public final class AtomicFile implements AutoCloseable {

    /** Temporary files being written, deleted if the JVM shuts down before they are committed. */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(AtomicFile::deleteInFlight, "imr-delete-temp-files"));
        } catch (IllegalStateException | SecurityException e) {
            // Already shutting down: nothing to register for.
        }
    }

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream out;
    private Writer writer;
    private boolean committed;

    public AtomicFile(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        refuseNonRegular(this.target);
        Path dir = this.target.getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: its owner-only permissions would stick to the finished file.
        this.temp = Files.createFile(dir.resolve("." + this.target.getFileName() + "."
                + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".tmp"));
        IN_FLIGHT.add(temp);
        try {
            this.channel = FileChannel.open(temp, StandardOpenOption.WRITE);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            IN_FLIGHT.remove(temp);
            throw e;
        }
        this.out = Channels.newOutputStream(channel);
    }

    public Path target() {
        return target;
    }

    /** The temporary file being written (for tests and messages). */
    Path temp() {
        return temp;
    }

    /** The output as UTF-8 text; one writer per file. */
    public Writer writer() {
        if (writer == null) {
            writer = new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        }
        return writer;
    }

    /** The output as bytes. */
    public OutputStream stream() {
        return out;
    }

    /** Flushes, syncs the file, moves it into place and syncs the directory. */
    public void commit() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        out.flush();
        channel.force(true);
        out.close();
        refuseNonRegular(target);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        IN_FLIGHT.remove(temp);
        syncDirectory(target.getParent());
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                out.close();
            } finally {
                Files.deleteIfExists(temp);
                IN_FLIGHT.remove(temp);
            }
        }
    }

    /**
     * Has the shutdown hook delete {@code temp} too, if the JVM is ended (SIGINT, SIGTERM, SIGHUP)
     * while it is being written: for temporary files written by other means (a spool file, a file
     * DuckDB writes). Undone by {@link #keepAfterShutdown}, once the file is deleted or moved.
     */
    public static void deleteOnShutdown(Path temp) {
        IN_FLIGHT.add(temp.toAbsolutePath());
    }

    /** The file is no longer this run's temporary file: the shutdown hook leaves it alone. */
    public static void keepAfterShutdown(Path temp) {
        IN_FLIGHT.remove(temp.toAbsolutePath());
    }

    /** Deletes every temporary file not yet committed; what the shutdown hook runs. */
    static void deleteInFlight() {
        for (Path p : IN_FLIGHT) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // Shutting down: nothing better to do.
            }
        }
        IN_FLIGHT.clear();
    }

    /** How many temporary files are being written now. */
    static int inFlight() {
        return IN_FLIGHT.size();
    }

    private static void refuseNonRegular(Path target) throws IOException {
        if (Files.isSymbolicLink(target)) {
            throw new IOException(Messages.escape(target.toString())
                    + ": is a symbolic link; refusing to replace it (name the file it points to)");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(Messages.escape(target.toString()) + ": "
                    + (Files.isDirectory(target) ? "is a directory" : "not a regular file (" + InputFiles.kind(target) + ")")
                    + "; refusing to replace it");
        }
    }

    /** So that the rename itself survives a crash; file systems that cannot sync a directory are let be. */
    private static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can open a directory for syncing; the file itself is synced.
        }
    }
}
