package org.imrtoolkit.core.budget;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * A deadline for the work on one input (one letter, one CSV file), so that one hostile file
 * cannot stall a batch. Work checks it cooperatively: {@link #checkCurrent()} between steps, and
 * {@link #guard(CharSequence)} around any text a regular expression scans, so the regex itself
 * aborts once the deadline has passed (or the thread is interrupted). Past the deadline the work
 * ends with a {@link TimeBudgetExceededException} whose message is "took longer than N s".
 *
 * <p>How a command applies it, per letter (the letter's work runs on a worker thread):
 * <pre>{@code
 * TimeBudget budget = TimeBudget.start(Duration.ofSeconds(seconds));
 * try {
 *     Letter letter = budget.call(() -> reader.read(file));   // every check in core sees this budget
 *     ... annotate / extract features inside budget.call(...) too ...
 * } catch (TimeBudgetExceededException e) {
 *     reject(file, e.getMessage());                            // "took longer than 30 s"; the batch goes on
 * }
 * }</pre>
 * Code that does not check (a third-party library's loop) is stopped by interrupting the worker:
 * the caller waits with {@code future.get(budget.remaining())} and then {@code future.cancel(true)};
 * the next check on that thread sees the interrupt and throws the same exception.
 *
 * @param limit         the time allowed
 * @param deadlineNanos the {@link System#nanoTime()} by which the work must be done
 */
public record TimeBudget(Duration limit, long deadlineNanos) {

    /** No deadline: checks only see interrupts. */
    public static final TimeBudget UNLIMITED = new TimeBudget(Duration.ZERO, Long.MAX_VALUE);

    private static final ThreadLocal<TimeBudget> CURRENT = new ThreadLocal<>();

    public TimeBudget {
        Objects.requireNonNull(limit, "limit");
    }

    /** A budget of {@code limit} from now; zero or negative means none ({@link #UNLIMITED}). */
    public static TimeBudget start(Duration limit) {
        if (limit.isZero() || limit.isNegative()) {
            return UNLIMITED;
        }
        return new TimeBudget(limit, System.nanoTime() + limit.toNanos());
    }

    public boolean unlimited() {
        return deadlineNanos == Long.MAX_VALUE;
    }

    /** Time left, never negative; {@link Duration#ofSeconds(long) a very long time} when unlimited. */
    public Duration remaining() {
        if (unlimited()) {
            return Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L);
        }
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }

    public boolean expired() {
        return !unlimited() && System.nanoTime() - deadlineNanos > 0;
    }

    /** Throws once the deadline has passed or the thread was interrupted (the flag is kept set). */
    public void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new TimeBudgetExceededException(unlimited() ? "was interrupted" : describe());
        }
        if (expired()) {
            throw new TimeBudgetExceededException(describe());
        }
    }

    /** "took longer than 30 s" (milliseconds below one second). */
    public String describe() {
        long ms = limit.toMillis();
        return ms % 1000 == 0 ? "took longer than " + ms / 1000 + " s" : "took longer than " + ms + " ms";
    }

    /** Runs {@code work} with this budget as the thread's current one; checks it first (work done in time is kept). */
    public <T> T call(Callable<T> work) throws Exception {
        TimeBudget outer = CURRENT.get();
        CURRENT.set(this);
        try {
            check();
            return work.call();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** The budget {@link #call} set on this thread; {@link #UNLIMITED} when none. */
    public static TimeBudget current() {
        TimeBudget b = CURRENT.get();
        return b == null ? UNLIMITED : b;
    }

    /** Checks the thread's current budget (and its interrupt flag). */
    public static void checkCurrent() {
        current().check();
    }

    /**
     * The text, checked against the thread's current budget as it is read: a regular expression
     * over the result throws {@link TimeBudgetExceededException} once the deadline passes. Without a
     * current budget, the text itself (no cost).
     */
    public static CharSequence guard(CharSequence text) {
        TimeBudget b = CURRENT.get();
        return b == null ? text : new Guarded(text, b);
    }

    /** A CharSequence that checks the budget every few thousand reads (nanoTime is not free). */
    private static final class Guarded implements CharSequence {

        private static final int EVERY = 4096;
        private final CharSequence text;
        private final TimeBudget budget;
        private int reads;

        Guarded(CharSequence text, TimeBudget budget) {
            this.text = text;
            this.budget = budget;
        }

        @Override
        public char charAt(int index) {
            if (++reads >= EVERY) {
                reads = 0;
                budget.check();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Guarded(text.subSequence(start, end), budget);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
