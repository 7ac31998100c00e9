package org.imrtoolkit.app.io;

import java.io.IOException;
import java.nio.file.Path;

import org.imrtoolkit.core.io.AtomicFile;

/** Writes a report (HTML, JSON) atomically: a killed run leaves the old file or none. */
public final class ReportFiles {

    private ReportFiles() {
    }

    public static void text(Path path, String text) throws IOException {
        try (AtomicFile file = new AtomicFile(path)) {
            file.writer().write(text);
            file.commit();
        }
    }
}
