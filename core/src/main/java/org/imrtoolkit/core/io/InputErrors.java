package org.imrtoolkit.core.io;

import org.imrtoolkit.core.budget.TimeBudgetExceededException;

/**
 * One line for the user about why one input failed, whatever was thrown while reading it, so that
 * a batch reports the input and goes on instead of ending in a stack trace.
 *
 * <p>How a command uses it, around the work on one input (on the worker thread):
 * <pre>{@code
 * try {
 *     return budget.call(() -> work(file));
 * } catch (Throwable t) {                      // Error too: one letter's OutOfMemoryError is its own failure
 *     if (InputErrors.isFatal(t)) throw t;     // the JVM itself is broken: stop the batch
 *     return failure(file, InputErrors.describe(t));
 * }
 * }</pre>
 * {@code ParallelFiles} today rethrows any {@link Error} and so ends the batch; it should catch per
 * file as above, and print {@link Messages#escape escaped} "imr CMD: FILE: " + the line.
 */
public final class InputErrors {

    private InputErrors() {
    }

    /** Errors after which nothing can be trusted (not memory or stack: those were one input's). */
    public static boolean isFatal(Throwable t) {
        return t instanceof VirtualMachineError && !(t instanceof OutOfMemoryError) && !(t instanceof StackOverflowError)
                || t instanceof LinkageError;
    }

    /** "took longer than 30 s", "ran out of memory (...)", the exception's own message, ... in one line. */
    public static String describe(Throwable t) {
        if (t instanceof TimeBudgetExceededException || t instanceof InputLimitException) {
            return t.getMessage();
        }
        if (t instanceof OutOfMemoryError) {
            return "ran out of memory reading it; give Java more with IMR_JAVA_OPTS=-Xmx2g (or lower the input limits)";
        }
        if (t instanceof StackOverflowError) {
            return "too deeply nested to read (stack overflow)";
        }
        if (t instanceof java.io.IOException e) {
            String message = e.getMessage();
            return Messages.escape(message == null ? InputFiles.reason(e) : message);
        }
        String message = t.getMessage();
        if (t instanceof RuntimeException || t instanceof Error) {
            return "unexpected error (please report): " + t.getClass().getSimpleName()
                    + (message == null ? "" : ": " + Messages.escape(message));
        }
        return Messages.escape(message == null ? t.toString() : message);
    }
}
