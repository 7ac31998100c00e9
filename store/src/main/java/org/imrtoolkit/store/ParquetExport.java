package org.imrtoolkit.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * Writes the store's tables as {@code DIR/<table>.parquet} with DuckDB's {@code COPY ... (FORMAT
 * PARQUET)}, each to a temporary file moved into place, so a killed export leaves whole files only
 * (and SIGINT or SIGTERM deletes the temporary file being written). Only the schema's tables are
 * exported, after the schema check (a view in a table's place is refused), each name quoted; the
 * connection may write only the temporary files, nothing else.
 */
public final class ParquetExport {

    private ParquetExport() {
    }

    /** The files an export of {@code dir} writes, one per table of the schema, in order. */
    public static List<Path> targets(Path dir) {
        return Schema.current().tableNames().stream().map(t -> dir.resolve(t + ".parquet")).toList();
    }

    /** Exports every table; returns the files written with their row counts. */
    public static Map<Path, Long> export(Path database, Path dir) throws IOException {
        Schema schema = Schema.current();
        List<String> tables = schema.tableNames();
        List<Path> temps = new ArrayList<>();
        for (String table : tables) {
            temps.add(dir.toAbsolutePath().normalize().resolve("." + table + ".parquet.tmp"));
        }
        Map<Path, Long> written = new LinkedHashMap<>();
        Connection opened;
        try {
            opened = Database.readOnly(database, QueryLimits.DEFAULT, temps);
        } catch (IllegalArgumentException e) {
            throw new StoreException("--parquet " + e.getMessage(), e);
        }
        try (Connection c = opened) {
            schema.check(c, database.toString(), Schema.existingTables(c));
            Files.createDirectories(dir);
            for (int k = 0; k < tables.size(); k++) {
                String table = tables.get(k);
                Path target = dir.resolve(table + ".parquet").toAbsolutePath();
                Path temp = temps.get(k);
                Toolkit.deleteOnShutdown(temp);
                try {
                    Files.deleteIfExists(temp);
                    try (Statement s = c.createStatement()) {
                        s.execute("COPY " + Sql.id(table) + " TO " + Sql.text(temp.toString()) + " (FORMAT PARQUET)");
                    }
                    try (Statement s = c.createStatement(); var r = s.executeQuery("SELECT count(*) FROM " + Sql.id(table))) {
                        r.next();
                        written.put(target, r.getLong(1));
                    }
                    try {
                        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } finally {
                    Files.deleteIfExists(temp);
                    Toolkit.keepAfterShutdown(temp);
                }
            }
        } catch (SQLException e) {
            throw new StoreException(database + ": " + Database.message(e), e);
        }
        return written;
    }
}
