package org.imrtoolkit.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one SQL query on a store opened read-only (a statement that would write is refused by
 * DuckDB) and writes its result as CSV (RFC 4180, NULL as an empty field) or JSON lines (NULL as
 * null, numbers and booleans as JSON's own).
 */
public final class StoreQuery {

    /** The result's format. */
    public enum Format {
        CSV, JSONL;

        /** The name users write: csv, jsonl. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StoreQuery() {
    }

    /** Runs the query and writes its rows; returns how many. */
    public static long run(Path database, String sql, Format format, Writer out) throws IOException {
        try (Connection c = Database.readOnly(database)) {
            return run(c, sql, format, out);
        } catch (SQLException e) {
            throw new StoreException(database + ": " + Database.firstLine(e.getMessage()), e);
        }
    }

    static long run(Connection c, String sql, Format format, Writer out) throws IOException, SQLException {
        try (Statement s = c.createStatement()) {
            if (!s.execute(sql)) {
                throw new StoreException("the statement returns no rows; imr query runs read-only queries");
            }
            try (ResultSet r = s.getResultSet()) {
                ResultSetMetaData m = r.getMetaData();
                List<String> names = new ArrayList<>();
                for (int k = 1; k <= m.getColumnCount(); k++) {
                    names.add(m.getColumnLabel(k));
                }
                long rows = 0;
                if (format == Format.CSV) {
                    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                            .setHeader(names.toArray(String[]::new)).get());
                    List<String> row = new ArrayList<>(names.size());
                    while (r.next()) {
                        row.clear();
                        for (int k = 1; k <= names.size(); k++) {
                            Object v = r.getObject(k);
                            row.add(v == null ? "" : text(v));
                        }
                        csv.printRecord(row);
                        rows++;
                    }
                    csv.flush();
                } else {
                    while (r.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int k = 1; k <= names.size(); k++) {
                            Object v = r.getObject(k);
                            row.put(names.get(k - 1), v == null || v instanceof Number || v instanceof Boolean ? v : text(v));
                        }
                        out.write(JSON.writeValueAsString(row));
                        out.write('\n');
                        rows++;
                    }
                }
                out.flush();
                return rows;
            }
        }
    }

    private static String text(Object v) {
        return v.toString();
    }
}
