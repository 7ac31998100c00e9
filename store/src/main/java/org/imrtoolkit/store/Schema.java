package org.imrtoolkit.store;

import static org.imrtoolkit.store.Column.bool;
import static org.imrtoolkit.store.Column.date;
import static org.imrtoolkit.store.Column.integer;
import static org.imrtoolkit.store.Column.varchar;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The store's tables. The named features and the reasons are columns of their own, taken from the
 * toolkit's lists ({@link Toolkit#featureColumns()}, {@link Toolkit#reasonColumns()}), so a new
 * feature becomes a new column. A database made with other columns is refused, not patched: load
 * into a new file.
 */
public final class Schema {

    /** Raised whenever a table or column changes meaning. */
    public static final int VERSION = 3;

    public static final String LETTERS = "letters";
    public static final String ITEMS = "items";
    public static final String FEATURES = "features";
    public static final String EVIDENCE = "evidence";
    public static final String REASONS = "reasons";
    public static final String PREDICTIONS = "predictions";
    public static final String SCHEMA_VERSION = "schema_version";

    private static final List<String> ITEM_KEY = List.of("letter_id", "item_index");

    private final List<Table> tables;

    Schema(List<Column> featureColumns, List<String> reasonColumns) {
        List<Table> t = new ArrayList<>();
        t.add(new Table(LETTERS, List.of(varchar("letter_id"), varchar("source_file"), varchar("source_sha256"),
                new Column("loaded_at", Column.Type.TIMESTAMP), integer("item_count"), varchar("case_number"),
                date("date_assigned"), date("header_date_of_injury"), date("decision_date"), date("ur_denial_date"),
                varchar("priority"), date("application_received"), varchar("reviewer_licensure"),
                varchar("reviewer_specialty"), varchar("reviewer_subspecialty"), integer("age"), varchar("sex"),
                date("date_of_injury"), varchar("date_of_injury_in_summary"), varchar("summary")),
                List.of("letter_id")));
        t.add(new Table(ITEMS, List.of(varchar("letter_id"), integer("item_index"), varchar("id"), varchar("item"),
                varchar("decision"), bool("overturned"), varchar("original_request"),
                varchar("claims_administrator_guideline"), varchar("maximus_guideline"),
                varchar("maximus_guideline_source"), varchar("maximus_guideline_section"),
                varchar("maximus_guideline_pages"), varchar("rationale")), ITEM_KEY));
        List<Column> features = new ArrayList<>(itemKey());
        features.addAll(featureColumns);
        t.add(new Table(FEATURES, features, ITEM_KEY));
        t.add(new Table(EVIDENCE, List.of(varchar("letter_id"), integer("item_index"), varchar("id"), integer("seq"),
                varchar("feature"), varchar("value"), varchar("source"), varchar("sentence"), integer("span_begin"),
                integer("span_end")), List.of("letter_id", "item_index", "seq")));
        List<Column> reasons = new ArrayList<>(itemKey());
        reasons.add(varchar("decision"));
        reasons.add(varchar("treatment_type"));
        reasonColumns.forEach(r -> reasons.add(bool(r)));
        reasons.add(varchar("guideline_limit_cited"));
        reasons.add(varchar("guidelines"));
        t.add(new Table(REASONS, reasons, ITEM_KEY));
        t.add(new Table(PREDICTIONS, List.of(varchar("letter_id"), integer("item_index"), varchar("id"),
                varchar("model_name"), varchar("model_sha256"), new Column("probability", Column.Type.DOUBLE),
                varchar("predicted"), bool("flag"), varchar("reasons"), bool("trained_on")), ITEM_KEY));
        this.tables = List.copyOf(t);
    }

    /** The schema this build of the toolkit writes. */
    public static Schema current() {
        return new Schema(Toolkit.featureColumns(), Toolkit.reasonColumns());
    }

    private static List<Column> itemKey() {
        return List.of(varchar("letter_id"), integer("item_index"), varchar("id"));
    }

    /** The tables that hold letters' rows, letters first. */
    public List<Table> tables() {
        return tables;
    }

    public Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + name));
    }

    /** Every table's name, {@code schema_version} included. */
    public List<String> tableNames() {
        List<String> names = new ArrayList<>(tables.stream().map(Table::name).toList());
        names.add(SCHEMA_VERSION);
        return names;
    }

    /** Creates the tables in an empty database, or checks that an existing one has this schema. */
    void createOrCheck(Connection c, String database, String toolkitVersion) throws SQLException, StoreException {
        List<String> existing = existingTables(c);
        if (existing.isEmpty()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (Table t : tables) {
                    s.execute(t.createSql());
                }
                s.execute("CREATE TABLE " + Sql.id(SCHEMA_VERSION) + " (version INTEGER, toolkit_version VARCHAR, created_at TIMESTAMP)");
                try (PreparedStatement p = c.prepareStatement("INSERT INTO " + Sql.id(SCHEMA_VERSION) + " VALUES (?, ?, ?)")) {
                    p.setInt(1, VERSION);
                    p.setString(2, toolkitVersion);
                    p.setObject(3, LocalDateTime.now());
                    p.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            return;
        }
        check(c, database, existing);
    }

    /**
     * Refuses a database that is not a store of this schema, with one line saying why. Every table
     * must be a base table: a view of the same name could read anything (a file, another
     * database) into a report.
     */
    void check(Connection c, String database, List<String> existing) throws SQLException, StoreException {
        if (!existing.contains(SCHEMA_VERSION)) {
            throw new StoreException(database + ": not an imr store (no schema_version table; tables: "
                    + Toolkit.escape(String.join(", ", existing)) + ")");
        }
        int version;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT max(version) FROM " + Sql.id(SCHEMA_VERSION))) {
            r.next();
            version = r.getInt(1);
        }
        if (version != VERSION) {
            throw new StoreException(database + ": schema version " + version + ", this imr writes version " + VERSION
                    + "; load into a new database file");
        }
        for (Table t : tables) {
            if (!existing.contains(t.name())) {
                throw new StoreException(database + ": no table " + t.name() + " (or it is a view, not a table); "
                        + "an imr store holds its letters in tables: load into a new database file");
            }
            List<String> columns = columns(c, t.name());
            if (!columns.equals(t.columnNames())) {
                throw new StoreException(database + ": table " + t.name() + " has other columns than this imr writes"
                        + " (made by another version?); load into a new database file");
            }
        }
    }

    static List<String> existingTables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
                        + "AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    static List<String> columns(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT c.column_name FROM information_schema.columns c "
                + "JOIN information_schema.tables t USING (table_catalog, table_schema, table_name) "
                + "WHERE c.table_schema = 'main' AND c.table_name = ? AND t.table_type = 'BASE TABLE' "
                + "ORDER BY c.ordinal_position")) {
            p.setString(1, table);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
        }
        return names;
    }
}
