package org.imrtoolkit.app;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * Where a job runs: the command's name (for messages), how many threads, the input size limit,
 * whether to show progress, and the two streams (results to {@code out}, messages to {@code err}).
 *
 * @param command       the subcommand's name, as messages start with it: "imr features: ..."
 * @param threads       worker threads, at least 1
 * @param maxInputBytes the largest letter file or CSV row text read
 * @param timePerLetter how long one letter file (or one CSV row's work) may take before it is skipped
 * @param progress      whether long runs report progress on {@code err}
 * @param out           results
 * @param err           messages and progress
 */
public record Context(String command, int threads, long maxInputBytes, Duration timePerLetter, boolean progress,
                      PrintWriter out, PrintWriter err) {

    /** The time a letter may take unless the command line says otherwise. */
    public static final Duration DEFAULT_TIME_PER_LETTER = Duration.ofSeconds(60);

    public Context {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (timePerLetter.isNegative() || timePerLetter.isZero()) {
            throw new IllegalArgumentException("the time per letter must be positive: " + timePerLetter);
        }
    }

    /** A context with the default time per letter. */
    public Context(String command, int threads, long maxInputBytes, boolean progress, PrintWriter out, PrintWriter err) {
        this(command, threads, maxInputBytes, DEFAULT_TIME_PER_LETTER, progress, out, err);
    }

    /** One line on stderr, prefixed with the command: "imr train: only 3 examples ...". */
    public void message(String text) {
        err.println("imr " + command + ": " + text);
    }

    /**
     * The success line, "imr parse: wrote 9 items of 5 letters to out/items.csv"; none when stdout
     * failed (a full disk, a closed pipe), whose error the command line reports instead.
     */
    void wrote(String text) {
        if (!out.checkError()) {
            message(text);
        }
    }

    Progress progress(String unit, int total) {
        return new Progress(err, unit, total, progress);
    }

    /** Says how many inputs were skipped, if any: the last line of a run, after each was named. */
    void summarize(Rejections rejections) {
        if (rejections.count() > 0) {
            message(rejections.count() + (rejections.count() == 1 ? " input skipped" : " inputs skipped"));
        }
    }

    /** The exit code of a run whose every input counts: 1 when any was skipped, after saying how many. */
    int finish(Rejections rejections) {
        summarize(rejections);
        return rejections.count() == 0 ? 0 : 1;
    }
}
