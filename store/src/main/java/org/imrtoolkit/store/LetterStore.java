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
                store.deletes.put(t.name(), c.prepareStatement("DELETE FROM " + t.name() + " WHERE letter_id = ?"));
                store.appenders.put(t.name(), duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, t.name()));
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT letter_id FROM " + Schema.LETTERS)) {
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
        try {
            if (openedAt < 0) {
                connection.setAutoCommit(false);
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
            for (Table t : schema.tables()) {
                List<Map<String, Object>> rows = letter.rows(t.name());
                if (rows.isEmpty()) {
                    continue;
                }
                DuckDBAppender appender = appenders.get(t.name());
                for (Map<String, Object> row : rows) {
                    appender.beginRow();
                    for (Column column : t.columns()) {
                        append(appender, column, row.get(column.name()));
                    }
                    appender.endRow();
                }
            }
            present.add(letter.letterId());
            pending.add(letter.letterId());
        } catch (SQLException | RuntimeException e) {
            rollback(e);
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
            connection.commit();
            connection.setAutoCommit(true);
            openedAt = -1;
            pending.clear();
        } catch (SQLException e) {
            rollback(e);
            throw new StoreException(file + ": cannot commit: " + Database.firstLine(e.getMessage()), e);
        }
    }

    /** Appenders buffer rows; flushed, they are in the transaction (and checked against the keys). */
    private void flush() throws SQLException {
        for (DuckDBAppender a : appenders.values()) {
            a.flush();
        }
    }

    private void rollback(Exception cause) {
        openedAt = -1;
        pending.clear();
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Rows in each table, letters first. */
    public Map<String, Long> counts() throws StoreException {
        commit();
        return counts(connection, schema);
    }

    static Map<String, Long> counts(Connection c, Schema schema) throws StoreException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (Table t : schema.tables()) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + t.name())) {
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
     * Absent values are NULL: an empty string, as the parser gives for a field a letter lacks, too.
     * Counts and flags arrive as text from the features' CSV columns and are typed here.
     */
    private static void append(DuckDBAppender a, Column column, Object value) throws SQLException {
        if (value instanceof String s && s.isEmpty()) {
            value = null;
        }
        if (value == null) {
            a.appendNull();
            return;
        }
        switch (column.type()) {
            case INTEGER -> a.append(value instanceof String s ? Integer.parseInt(s) : ((Number) value).intValue());
            case BIGINT -> a.append(value instanceof String s ? Long.parseLong(s) : ((Number) value).longValue());
            case DOUBLE -> a.append(value instanceof String s ? Double.parseDouble(s) : ((Number) value).doubleValue());
            case BOOLEAN -> a.append(value instanceof String s ? parseBoolean(column, s) : (Boolean) value);
            case VARCHAR -> a.append(value.toString());
            case DATE -> a.append((LocalDate) value);
            case TIMESTAMP -> a.append((LocalDateTime) value);
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
            commit();
            for (PreparedStatement p : deletes.values()) {
                p.close();
            }
            for (DuckDBAppender a : appenders.values()) {
                a.close();
            }
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(file + ": " + Database.firstLine(e.getMessage()), e);
        }
    }
}
