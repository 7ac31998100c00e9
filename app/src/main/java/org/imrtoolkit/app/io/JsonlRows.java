package org.imrtoolkit.app.io;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.imrtoolkit.core.io.JsonType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows as JSON Lines: one object a row, keyed by the CSV header's names, so that {@code --format
 * jsonl} and {@code --format csv} hold the same fields, each value of its column's JSON type (a
 * count a number, a flag a boolean: {@code "false"} as a string is true in Python and JavaScript);
 * an empty cell is null, and nested members (evidence, reasons) follow the columns.
 */
public final class JsonlRows {

    /** Immutable and thread-safe, as Jackson 3 mappers are. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Writer out;
    private final List<String> header;
    private final List<JsonType> types;

    /** @param types each column's JSON type, in the header's order */
    public JsonlRows(Writer out, List<String> header, List<JsonType> types) {
        if (header.size() != types.size()) {
            throw new IllegalArgumentException(header.size() + " columns but " + types.size() + " types");
        }
        this.out = out;
        this.header = List.copyOf(header);
        this.types = List.copyOf(types);
    }

    /** One row, with nested members after its columns. */
    public void write(List<String> values, Map<String, Object> nested) throws IOException {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String v = i < values.size() ? values.get(i) : null;
            row.put(header.get(i), types.get(i).value(v));
        }
        row.putAll(nested);
        out.write(JSON.writeValueAsString(row));
        out.write('\n');
    }

    public void flush() throws IOException {
        out.flush();
    }
}
