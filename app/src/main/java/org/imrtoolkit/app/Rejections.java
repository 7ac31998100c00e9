package org.imrtoolkit.app;

import java.io.IOException;

import org.imrtoolkit.app.io.RejectionsCsv;
import org.imrtoolkit.app.io.TerminalText;
import org.imrtoolkit.core.io.Messages;

/**
 * Reports skipped inputs, the same way for every command: one line each on stderr, and a CSV row
 * when the command writes them to a file too; and warnings about inputs read all the same. A
 * file name or a cell can hold any character: what reaches the terminal has its control
 * characters escaped, so that a name cannot clear or recolour the screen or forge a line.
 */
final class Rejections {

    private final Context context;
    private final RejectionsCsv csv;
    private int count;

    /** @param csv where rejections are also written, or null */
    Rejections(Context context, RejectionsCsv csv) {
        this.context = context;
        this.csv = csv;
    }

    void add(Rejection r) throws IOException {
        count++;
        context.message(line(r));
        if (csv != null) {
            csv.write(r.where(), r.reason());
        }
    }

    /** "warning: FILE: what is doubtful"; not counted as a skipped input. */
    void warn(Rejection w) {
        context.message("warning: " + line(w));
    }

    int count() {
        return count;
    }

    /** "where: reason", escaped: a path as it is, a reason only where it still holds a control character. */
    private static String line(Rejection r) {
        return Messages.escape(r.where()) + ": " + TerminalText.safe(r.reason());
    }
}
