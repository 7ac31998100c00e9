package org.imrtoolkit.app.io;

import java.io.IOException;
import java.nio.file.Path;

import org.imrtoolkit.core.io.AtomicFile;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes reports (JSON, HTML) atomically. */
public final class ReportFiles {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReportFiles() {
    }

    public static void json(Path path, Object value) throws IOException {
        text(path, JSON.writeValueAsString(value) + "\n");
    }

    public static void text(Path path, String text) throws IOException {
        try (AtomicFile file = new AtomicFile(path)) {
            file.writer().write(text);
            file.commit();
        }
    }
}
