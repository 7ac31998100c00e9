package org.imrtoolkit.app;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.imrtoolkit.app.io.RejectionsCsv;
import org.imrtoolkit.app.io.TerminalText;
import org.imrtoolkit.core.io.Messages;

/**
 * Reports skipped inputs, the same way for every command: one line each on stderr, and a CSV row
 * when the command writes them to a file too; and warnings about inputs read all the same. A
 * problem repeated on many rows of a table (every row of a 19,228-row table without
 * {@code --label-column}) is named for its first {@link #NAMED_PER_KIND} rows only, then counted:
 * one line per kind at the end of the stream, with how many more there were. A bad file is always
 * named: a batch of letters holds few enough, and each is a file to look at. The CSV of
 * {@code --errors} still has every one. A file name or a cell can hold any character: what reaches the terminal has its
 * control characters escaped, so that a name cannot clear or recolour the screen or forge a line.
 */
final class Rejections {

    /** How many inputs with the same kind of problem are named one by one. */
    static final int NAMED_PER_KIND = 3;

    /** What names one input in a reason: a quoted id or value, and a number. Compiled once, not per row. */
    private static final Pattern QUOTED = Pattern.compile("'[^']*'");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** How often one kind of problem was met, and how many of those were counted but not named. */
    private static final class Kind {
        private final String key;
        private String reason;
        private int seen;
        private int unreported;

        private Kind(String key, String reason) {
            this.key = key;
            this.reason = reason;
        }

        /** The reason as said: the inputs' own words while they all had the same, else the kind's. */
        private void met(String reason) {
            seen++;
            if (!reason.equals(this.reason)) {
                this.reason = key;
            }
        }
    }

    private final Context context;
    private final RejectionsCsv csv;
    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private int count;

    /** @param csv where rejections are also written, or null */
    Rejections(Context context, RejectionsCsv csv) {
        this.context = context;
        this.csv = csv;
    }

    /** A skipped file, or anything else that is named however often its kind comes back. */
    void add(Rejection r) throws IOException {
        add(r, false);
    }

    /** @param row whether it is a table's row, named only while its kind is not yet repeated */
    void add(Rejection r, boolean row) throws IOException {
        count++;
        if (!row || named("", r)) {
            context.message(line(r));
        }
        if (csv != null) {
            csv.write(r.where(), r.reason());
        }
    }

    /** "warning: FILE: what is doubtful"; not counted as a skipped input. */
    void warn(Rejection w, boolean row) {
        if (!row || named("warning: ", w)) {
            context.message("warning: " + line(w));
        }
    }

    int count() {
        return count;
    }

    /**
     * One line for each kind of problem met more often than it was named: "no label (...): 19,225
     * more like the above, 19,228 in all". Called when a stream of inputs ends; a later call says
     * only what came since.
     */
    void summarizeRepeats() {
        for (Kind k : kinds.values()) {
            if (k.unreported > 0) {
                context.message(String.format(Locale.ROOT, "%s: %,d more %s like the above, %,d in all",
                        TerminalText.safe(k.reason), k.unreported, k.unreported == 1 ? "input" : "inputs", k.seen));
                k.unreported = 0;
            }
        }
    }

    /** Whether this one is named on its own line; else it is counted for {@link #summarizeRepeats}. */
    private boolean named(String prefix, Rejection r) {
        String key = prefix + kind(r.reason());
        Kind k = kinds.computeIfAbsent(key, x -> new Kind(key, prefix + r.reason()));
        k.met(prefix + r.reason());
        if (k.seen <= NAMED_PER_KIND) {
            return true;
        }
        k.unreported++;
        return false;
    }

    /**
     * The kind of a problem: its reason with the parts that name one input (a quoted id or value, a
     * number) left out, so that "duplicate id 'A/1'" and "duplicate id 'B/2'" are one kind.
     */
    static String kind(String reason) {
        String unquoted = QUOTED.matcher(reason).replaceAll("'…'");
        return NUMBER.matcher(unquoted).replaceAll("N");
    }

    /** "where: reason", escaped: a path as it is, a reason only where it still holds a control character. */
    private static String line(Rejection r) {
        return Messages.escape(r.where()) + ": " + TerminalText.safe(r.reason());
    }
}
