package org.imrtoolkit.app;

import java.io.IOException;

import org.imrtoolkit.app.io.RejectionsCsv;

/**
 * Reports skipped inputs, the same way for every command: one line each on stderr, and a CSV row
 * when the command writes them to a file too.
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
        context.message(r.where() + ": " + r.reason());
        if (csv != null) {
            csv.write(r.where(), r.reason());
        }
    }

    int count() {
        return count;
    }
}
