package org.imrtoolkit.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the work of each input file on N threads and hands the results to one writer in input order,
 * so that the output is the same for every N. At most a few files per thread are in flight, so
 * memory stays flat however many files there are.
 */
final class ParallelFiles {

    /** The work on one file: everything that can run beside the other files. */
    interface Work<T> {
        T apply(Path file) throws IOException;
    }

    /** What happens to each file's result, in input order, on the calling thread. */
    interface Writer<T> {
        void accept(Path file, T result) throws IOException;
    }

    private static final int IN_FLIGHT_PER_THREAD = 8;

    private ParallelFiles() {
    }

    static <T> void run(List<Path> files, int threads, Work<T> work, Writer<T> writer, Progress progress)
            throws IOException {
        if (threads <= 1) {
            int done = 0;
            for (Path file : files) {
                writer.accept(file, work.apply(file));
                progress.update(++done);
            }
            progress.finish(done);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "imr-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<T>> inFlight = new ArrayDeque<>();
            int next = 0;
            int done = 0;
            int window = threads * IN_FLIGHT_PER_THREAD;
            while (done < files.size()) {
                while (next < files.size() && inFlight.size() < window) {
                    Path file = files.get(next++);
                    inFlight.add(pool.submit(() -> work.apply(file)));
                }
                T result = await(inFlight.removeFirst());
                writer.accept(files.get(done), result);
                progress.update(++done);
            }
            progress.finish(done);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }
}
