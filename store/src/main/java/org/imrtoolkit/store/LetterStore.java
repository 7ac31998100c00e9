package org.imrtoolkit.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The store open for loading. {@link #replace} writes one letter: its old rows (same letter id) are
 * deleted and its new rows appended in the same transaction, so a letter loaded twice is there
 * once, and a run killed at any point leaves each letter whole or absent (DuckDB replays its
 * write-ahead log on the next open). A transaction gathers whole letters for a second before it is
 * committed: a commit syncs the log to disk, and per letter that cost ten times the writing. Rows go
 * in through DuckDB's appenders, which write in the connection's transaction. One writer: call it
 * from one thread.
 */
public final class LetterStore implements AutoCloseable {

    private final Path file;
    private final DuckDBConnection connection;
    private final Schema schema;
    private final Map<String, PreparedStatement> deletes = new LinkedHashMap<>();
    private final Map<String, DuckDBAppender> appenders = new LinkedHashMap<>();
    /** How long a transaction gathers letters before it is committed. */
    static final long COMMIT_EVERY_NANOS = 1_000_000_000L;

    /** A write failed: the transaction was rolled back and nothing more is written. */
    private boolean failed;
    /** When the open transaction began; -1 when none is open. */
    private long openedAt = -1;
    /** The letters written in the open transaction. */
    private final Set<String> pending = new HashSet<>();
    /** The letters in the database: only these have rows to delete before a load. */
    private final Set<String> present = new HashSet<>();

    private LetterStore(Path file, DuckDBConnection connection, Schema schema) {
        this.file = file;
        this.connection = connection;
        this.schema = schema;
    }

    /** Opens (creating when absent) a store for loading; another schema's database is refused. */
    public static LetterStore open(Path file, String toolkitVersion) throws StoreException {
        Schema schema = Schema.current();
        Connection c = Database.writable(file);
        try {
            schema.createOrCheck(c, file.toString(), toolkitVersion);
            DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
            LetterStore store = new LetterStore(file, duck, schema);
            for (Table t : schema.tables()) {
                store.deletes.put(t.name(), c.prepareStatement("DELETE FROM " + Sql.id(t.name()) + " WHERE letter_id = ?"));
                store.appenders.put(t.name(), duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, t.name()));
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT letter_id FROM " + Sql.id(Schema.LETTERS))) {
                while (r.next()) {
                    store.present.add(r.getString(1));
                }
            }
            return store;
        } catch (SQLException | StoreException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException(file + ": " + Database.firstLine(e.getMessage()), e);
        }
    }

    public Schema schema() {
        return schema;
    }

    /**
     * Replaces a letter's rows in the open transaction, which holds whole letters only and is
     * committed once it is {@link #COMMIT_EVERY_NANOS} old, and by {@link #commit()} and
     * {@link #close()}. A run killed before a commit loses that second's letters, each whole.
     */
    public void replace(LetterRows letter) throws StoreException {
        if (failed) {
            throw new StoreException(file + ": a write failed earlier; nothing more is written");
        }
        // Typed first, so that a bad value fails before any row of the letter reaches an appender.
        Map<Table, List<Object[]>> typed = new LinkedHashMap<>();
        try {
            for (Table t : schema.tables()) {
                List<Object[]> rows = new java.util.ArrayList<>();
                for (Map<String, Object> row : letter.rows(t.name())) {
                    Object[] values = new Object[t.columns().size()];
                    for (int k = 0; k < values.length; k++) {
                        Column column = t.columns().get(k);
                        values[k] = typed(column, row.get(column.name()));
                    }
                    rows.add(values);
                }
                typed.put(t, rows);
            }
        } catch (RuntimeException e) {
            throw new StoreException(file + ": cannot write letter " + letter.letterId() + " from " + letter.source()
                    + ": " + e.getMessage(), e);
        }
        try {
            if (openedAt < 0) {
                execute("BEGIN TRANSACTION");
                openedAt = System.nanoTime();
            }
            if (present.contains(letter.letterId())) {
                if (pending.contains(letter.letterId())) {
                    flush(); // the delete must see the rows it replaces
                }
                for (Table t : schema.tables()) {
                    PreparedStatement delete = deletes.get(t.name());
                    delete.setString(1, letter.letterId());
                    delete.executeUpdate();
                }
            }
            for (Map.Entry<Table, List<Object[]>> e : typed.entrySet()) {
                DuckDBAppender appender = appenders.get(e.getKey().name());
                for (Object[] row : e.getValue()) {
                    appender.beginRow();
                    for (Object value : row) {
                        append(appender, value);
                    }
                    appender.endRow();
                }
            }
            present.add(letter.letterId());
            pending.add(letter.letterId());
        } catch (SQLException | RuntimeException e) {
            fail(e);
            throw new StoreException(file + ": cannot write letter " + letter.letterId() + " from " + letter.source()
                    + ": " + Database.firstLine(e.getMessage()), e);
        }
        if (System.nanoTime() - openedAt >= COMMIT_EVERY_NANOS) {
            commit();
        }
    }

    /** Commits the letters written since the last commit. */
    public void commit() throws StoreException {
        if (openedAt < 0) {
            return;
        }
        try {
            flush();
            execute("COMMIT");
            openedAt = -1;
            pending.clear();
        } catch (SQLException e) {
            fail(e);
            throw new StoreException(file + ": cannot commit: " + Database.firstLine(e.getMessage()), e);
        }
    }

    /** Appenders buffer rows; flushed, they are in the transaction (and checked against the keys). */
    private void flush() throws SQLException {
        for (DuckDBAppender a : appenders.values()) {
            a.flush();
        }
    }

    /**
     * After a failed write: the appenders may still buffer rows of the failed transaction, and
     * closing an appender flushes it. So they are closed (flushed) while the transaction is still
     * open, then the transaction is rolled back, and the store writes nothing more.
     */
    private void fail(Exception cause) {
        failed = true;
        openedAt = -1;
        pending.clear();
        for (DuckDBAppender a : appenders.values()) {
            try {
                a.close();
            } catch (SQLException | RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * Transactions are begun and ended with SQL, not with JDBC's auto-commit: the driver begins a
     * transaction lazily, at the next statement, so appends before any statement would each be
     * committed on their own.
     */
    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** Rows in each table, letters first. */
    public Map<String, Long> counts() throws StoreException {
        if (!failed) {
            commit();
        }
        return counts(connection, schema);
    }

    static Map<String, Long> counts(Connection c, Schema schema) throws StoreException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (Table t : schema.tables()) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + Sql.id(t.name()))) {
                    r.next();
                    counts.put(t.name(), r.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(Database.firstLine(e.getMessage()), e);
        }
        return counts;
    }

    /**
     * A value as its column's Java type. Absent values are NULL: an empty string, as the parser
     * gives for a field a letter lacks, too. Counts and flags arrive as text from the features' CSV
     * columns and are typed here.
     */
    private static Object typed(Column column, Object value) {
        if (value == null || value instanceof String s && s.isEmpty()) {
            return null;
        }
        return switch (column.type()) {
            case INTEGER -> value instanceof String s ? Integer.valueOf(s) : Integer.valueOf(((Number) value).intValue());
            case BIGINT -> value instanceof String s ? Long.valueOf(s) : Long.valueOf(((Number) value).longValue());
            case DOUBLE -> value instanceof String s ? Double.valueOf(s) : Double.valueOf(((Number) value).doubleValue());
            case BOOLEAN -> value instanceof String s ? parseBoolean(column, s) : (Boolean) value;
            case VARCHAR -> value.toString();
            case DATE -> (LocalDate) value;
            case TIMESTAMP -> (LocalDateTime) value;
        };
    }

    private static void append(DuckDBAppender a, Object value) throws SQLException {
        switch (value) {
            case null -> a.appendNull();
            case Integer i -> a.append(i.intValue());
            case Long l -> a.append(l.longValue());
            case Double d -> a.append(d.doubleValue());
            case Boolean b -> a.append(b.booleanValue());
            case String s -> a.append(s);
            case LocalDate d -> a.append(d);
            case LocalDateTime t -> a.append(t);
            default -> throw new IllegalArgumentException("no column type for " + value.getClass());
        }
    }

    private static boolean parseBoolean(Column column, String s) {
        return switch (s) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(column.name() + " is '" + s + "', not true or false");
        };
    }

    @Override
    public void close() throws StoreException {
        try {
            if (!failed) {
                commit();
                for (DuckDBAppender a : appenders.values()) {
                    a.close();
                }
            }
            for (PreparedStatement p : deletes.values()) {
                p.close();
            }
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(file + ": " + Database.firstLine(e.getMessage()), e);
        }
    }
}
