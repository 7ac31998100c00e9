package org.imrtoolkit.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import org.imrtoolkit.core.budget.TimeBudget;
import org.imrtoolkit.core.io.InputErrors;

/**
 * Runs the work of each input file on N threads and hands the results to one writer in input order,
 * so that the output is the same for every N. At most a few files per thread are in flight, so
 * memory stays flat however many files there are.
 *
 * <p>A timed file's work runs within a {@link TimeBudget} that the core's parsers check, and the
 * writer waits for it no longer than the budget: then it interrupts the worker and hands on the
 * file's failure instead, so one file that never ends (a hostile PDF in a library loop) cannot
 * stall the batch. Any failure of one file's work, an {@link OutOfMemoryError} or
 * {@link StackOverflowError} included, becomes that file's result through {@code failed}; only
 * errors after which nothing can be trusted, and failures of the writer, end the run.
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

    /** The result standing for a file whose work failed: its one-line reason. */
    interface Failed<T> {
        T of(Path file, String reason);
    }

    /** How long each file may take, and which files are timed as a whole. */
    record Limit(Duration perFile, Predicate<Path> timed) {
    }

    private static final int IN_FLIGHT_PER_THREAD = 8;
    private static final long POLL_MILLIS = 20;

    private ParallelFiles() {
    }

    /**
     * One file's work as submitted: the worker notes when it started, the writer times it from
     * then. Its permit to run is given back once, by the worker when done or by the writer when
     * it gives up on the work (whose thread may never stop), so a stuck file does not hold a slot.
     */
    private static final class Task<T> {
        final Path file;
        final AtomicBoolean permitReturned = new AtomicBoolean();
        volatile long startedNanos;
        Future<T> future;

        Task(Path file) {
            this.file = file;
        }

        void returnPermit(Semaphore permits) {
            if (permitReturned.compareAndSet(false, true)) {
                permits.release();
            }
        }
    }

    static <T> void run(List<Path> files, int threads, Limit limit, Work<T> work, Failed<T> failed, Writer<T> writer,
                        Progress progress) throws IOException {
        // Even one thread runs the work on a worker: only then can the writer give up on it. Threads
        // are made as needed and the permits bound how many work at once: a thread stuck in a file
        // the writer gave up on is replaced, not waited for.
        Semaphore permits = new Semaphore(threads);
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "imr-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Task<T>> inFlight = new ArrayDeque<>();
            int next = 0;
            int done = 0;
            int window = threads * IN_FLIGHT_PER_THREAD;
            while (done < files.size()) {
                // A file is submitted only with a permit to run, so files start in input order and the
                // head of the queue is always running (or done): its time can always be measured.
                while (next < files.size() && inFlight.size() < window && permits.tryAcquire()) {
                    Task<T> task = new Task<>(files.get(next++));
                    boolean timed = limit.timed().test(task.file);
                    task.future = pool.submit(() -> {
                        try {
                            task.startedNanos = System.nanoTime();
                            return attempt(task.file, timed ? TimeBudget.start(limit.perFile()) : TimeBudget.UNLIMITED,
                                    work, failed);
                        } finally {
                            task.returnPermit(permits);
                        }
                    });
                    inFlight.add(task);
                }
                Task<T> head = inFlight.getFirst();
                Done<T> result = poll(head, limit.timed().test(head.file) ? limit.perFile() : null, failed, permits);
                if (result != null) {
                    inFlight.removeFirst();
                    writer.accept(head.file, result.value());
                    progress.update(++done);
                }
            }
            progress.finish(done);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A file's result, once there is one. */
    private record Done<T>(T value) {
    }

    /** The work, or its failure as the file's result. */
    private static <T> T attempt(Path file, TimeBudget budget, Work<T> work, Failed<T> failed) throws IOException {
        try {
            return budget.call(() -> work.apply(file));
        } catch (IOException e) {
            throw e; // the work's own IOExceptions are the writer's (an output that cannot be written)
        } catch (Throwable t) {
            if (InputErrors.isFatal(t)) {
                if (t instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(t);
            }
            return failed.of(file, InputErrors.describe(t));
        }
    }

    /**
     * The head's result; or its failure once it has run past its time (the worker is interrupted,
     * and its permit given back); or null while it is still running within its time. Waits a
     * moment only, so that the caller can start more files as others finish.
     */
    private static <T> Done<T> poll(Task<T> task, Duration perFile, Failed<T> failed, Semaphore permits)
            throws IOException {
        try {
            try {
                return new Done<>(task.future.get(POLL_MILLIS, TimeUnit.MILLISECONDS));
            } catch (TimeoutException notYet) {
                long started = task.startedNanos;
                if (perFile == null || started == 0 || System.nanoTime() - started <= perFile.toNanos()) {
                    return null;
                }
                task.future.cancel(true);
                task.returnPermit(permits);
                return new Done<>(failed.of(task.file, TimeBudget.start(perFile).describe()));
            }
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
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
