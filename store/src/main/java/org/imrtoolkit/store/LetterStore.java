package org.imrtoolkit.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The store open for loading. {@link #replace} writes one letter: its old rows (same letter id) are
 * deleted and its new rows inserted in one transaction, so a letter loaded twice is there once, and
 * a run killed at any point leaves each letter whole or absent (DuckDB replays its write-ahead log
 * on the next open). One writer: call it from one thread.
 */
public final class LetterStore implements AutoCloseable {

    private final Path file;
    private final Connection connection;
    private final Schema schema;
    private final Map<String, PreparedStatement> deletes = new LinkedHashMap<>();
    private final Map<String, PreparedStatement> inserts = new LinkedHashMap<>();

    private LetterStore(Path file, Connection connection, Schema schema) {
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
            LetterStore store = new LetterStore(file, c, schema);
            for (Table t : schema.tables()) {
                store.deletes.put(t.name(), c.prepareStatement("DELETE FROM " + t.name() + " WHERE letter_id = ?"));
                store.inserts.put(t.name(), c.prepareStatement(t.insertSql()));
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

    /** Replaces a letter's rows in one transaction. */
    public void replace(LetterRows letter) throws StoreException {
        try {
            connection.setAutoCommit(false);
            try {
                for (Table t : schema.tables()) {
                    PreparedStatement delete = deletes.get(t.name());
                    delete.setString(1, letter.letterId());
                    delete.executeUpdate();
                }
                for (Table t : schema.tables()) {
                    List<Map<String, Object>> rows = letter.rows(t.name());
                    if (rows.isEmpty()) {
                        continue;
                    }
                    PreparedStatement insert = inserts.get(t.name());
                    for (Map<String, Object> row : rows) {
                        for (int k = 0; k < t.columns().size(); k++) {
                            Column column = t.columns().get(k);
                            bind(insert, k + 1, column, row.get(column.name()));
                        }
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            throw new StoreException(file + ": cannot write letter " + letter.letterId() + " from " + letter.source()
                    + ": " + Database.firstLine(e.getMessage()), e);
        }
    }

    /** Rows in each table, letters first. */
    public Map<String, Long> counts() throws StoreException {
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
    private static void bind(PreparedStatement p, int index, Column column, Object value) throws SQLException {
        if (value instanceof String s && s.isEmpty()) {
            value = null;
        }
        if (value == null) {
            p.setNull(index, switch (column.type()) {
                case VARCHAR -> Types.VARCHAR;
                case INTEGER -> Types.INTEGER;
                case BIGINT -> Types.BIGINT;
                case DOUBLE -> Types.DOUBLE;
                case BOOLEAN -> Types.BOOLEAN;
                case DATE -> Types.DATE;
                case TIMESTAMP -> Types.TIMESTAMP;
            });
            return;
        }
        switch (column.type()) {
            case INTEGER -> p.setInt(index, value instanceof String s ? Integer.parseInt(s) : ((Number) value).intValue());
            case BIGINT -> p.setLong(index, value instanceof String s ? Long.parseLong(s) : ((Number) value).longValue());
            case DOUBLE -> p.setDouble(index, value instanceof String s ? Double.parseDouble(s) : ((Number) value).doubleValue());
            case BOOLEAN -> p.setBoolean(index, value instanceof String s ? parseBoolean(s) : (Boolean) value);
            case VARCHAR -> p.setString(index, value.toString());
            case DATE, TIMESTAMP -> p.setObject(index, value);
        }
    }

    private static boolean parseBoolean(String s) {
        return switch (s) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("not a boolean: '" + s + "'");
        };
    }

    @Override
    public void close() throws StoreException {
        try {
            for (PreparedStatement p : deletes.values()) {
                p.close();
            }
            for (PreparedStatement p : inserts.values()) {
                p.close();
            }
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(file + ": " + Database.firstLine(e.getMessage()), e);
        }
    }
}
