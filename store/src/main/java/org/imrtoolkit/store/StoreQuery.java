package org.imrtoolkit.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.duckdb.DuckDBResultSetMetaData;
import org.duckdb.StatementReturnType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one SQL query on a store and writes its result as CSV (RFC 4180, NULL as an empty field,
 * cells a spreadsheet would take for a formula made safe) or JSON lines (NULL as null, numbers and
 * booleans as JSON's own, BLOB as base64, LIST as an array, STRUCT and MAP as objects).
 *
 * <p>The store is opened read-only with DuckDB's safety settings locked ({@link Database}); the
 * text must be exactly one statement that only reads ({@link QueryCheck}); it is run as DuckDB
 * printed it back from its parse, under a {@code LIMIT} of one row more than may be written, and
 * cancelled when it outlasts the time limit ({@link QueryLimits}).
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

    /** Runs the query under the default limits and writes its rows; returns how many. */
    public static long run(Path database, String sql, Format format, Writer out) throws IOException {
        return run(database, sql, format, QueryLimits.DEFAULT, out);
    }

    /** Runs the query under {@code limits} and writes its rows; returns how many. */
    public static long run(Path database, String sql, Format format, QueryLimits limits, Writer out) throws IOException {
        try (Connection c = Database.readOnly(database, limits, List.of())) {
            return run(c, sql, format, limits, out);
        } catch (StoreException e) {
            throw e.getMessage().startsWith(database.toString()) ? e : new StoreException(database + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new StoreException(database + ": " + Database.message(e), e);
        }
    }

    static long run(Connection c, String sql, Format format, QueryLimits limits, Writer out)
            throws IOException, SQLException {
        String statement = QueryCheck.single(c, sql);
        List<String> names = new ArrayList<>();
        // Prepared as the user wrote it, so that DuckDB's errors quote the user's text; one
        // statement only (checked above), so preparing runs nothing.
        try (PreparedStatement p = c.prepareStatement(sql)) {
            DuckDBResultSetMetaData m = p.getMetaData().unwrap(DuckDBResultSetMetaData.class);
            if (m.getReturnType() != StatementReturnType.QUERY_RESULT) {
                throw new StoreException(QueryCheck.WHAT_RUNS + "; this statement returns no rows");
            }
            if (p.getParameterMetaData().getParameterCount() > 0) {
                throw new StoreException("the query has parameters (? or $1); write their values in the query");
            }
            for (int k = 1; k <= m.getColumnCount(); k++) {
                names.add(m.getColumnLabel(k));
            }
        }
        String limited = "SELECT * FROM (\n" + statement + "\n) LIMIT " + (limits.maxRows() + 1);
        QueryCheck.single(c, limited);
        try (PreparedStatement p = c.prepareStatement(limited); Watchdog watchdog = Watchdog.cancel(p, limits.timeout())) {
            ResultSet r;
            try {
                r = p.executeQuery();
            } catch (SQLException e) {
                throw failure(e, watchdog, limits);
            }
            try (r) {
                if (r.getMetaData().getColumnCount() != names.size()) {
                    throw new StoreException("the query gave " + r.getMetaData().getColumnCount() + " columns when run, "
                            + names.size() + " when prepared");
                }
                return write(r, names, format, limits.maxRows(), out);
            }
        }
    }

    private static StoreException failure(SQLException e, Watchdog watchdog, QueryLimits limits) {
        if (watchdog.fired()) {
            return new StoreException("the query ran longer than its time limit (" + seconds(limits) + ") and was "
                    + "stopped; narrow it, or raise the limit with --timeout SECONDS", e);
        }
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.startsWith("Out of Memory Error")) {
            return new StoreException(Database.firstLine(m) + "; the query needs more than DuckDB's memory limit ("
                    + Toolkit.size(limits.memoryBytes()) + "): narrow it, or raise the limit with --memory-limit SIZE", e);
        }
        return new StoreException(Database.message(e), e);
    }

    private static String seconds(QueryLimits limits) {
        long ms = limits.timeout().toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    private static long write(ResultSet r, List<String> names, Format format, long maxRows, Writer out)
            throws IOException, SQLException {
        long rows = 0;
        CSVPrinter csv = format == Format.CSV
                ? new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(names.stream().map(Toolkit::csvCell).toArray(String[]::new)).get())
                : null;
        List<String> keys = format == Format.JSONL ? uniqueNames(names) : List.of();
        List<String> cells = new ArrayList<>(names.size());
        while (r.next()) {
            if (rows == maxRows) {
                out.flush();
                throw new StoreException("the result has more than " + maxRows + " rows, the most imr query writes"
                        + (rows == 0 ? "" : " (the first " + maxRows + " were written)")
                        + "; add a LIMIT or a WHERE, or raise the bound with --max-rows N");
            }
            if (csv != null) {
                cells.clear();
                for (int k = 1; k <= names.size(); k++) {
                    cells.add(Toolkit.csvCell(Values.text(r.getObject(k))));
                }
                csv.printRecord(cells);
            } else {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int k = 1; k <= names.size(); k++) {
                    row.put(keys.get(k - 1), Values.json(r.getObject(k)));
                }
                out.write(JSON.writeValueAsString(row));
                out.write('\n');
            }
            rows++;
        }
        if (csv != null) {
            csv.flush();
        }
        out.flush();
        return rows;
    }

    /**
     * A JSON object holds a name once, and a result may hold it twice ({@code SELECT 1 AS a, 2 AS
     * a}): the second becomes {@code a_2}, the third {@code a_3}, skipping names already taken.
     */
    static List<String> uniqueNames(List<String> names) {
        List<String> unique = new ArrayList<>();
        java.util.Set<String> taken = new java.util.HashSet<>(names);
        java.util.Set<String> used = new java.util.HashSet<>();
        for (String name : names) {
            String n = name;
            for (int k = 2; used.contains(n); k++) {
                n = name + "_" + k;
                if (taken.contains(n)) {
                    n = name; // a later column has this name: try the next number
                }
            }
            used.add(n);
            unique.add(n);
        }
        return unique;
    }
}
