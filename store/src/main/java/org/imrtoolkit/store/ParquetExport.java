package org.imrtoolkit.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes every table of a store as {@code DIR/<table>.parquet} with DuckDB's {@code COPY ... (FORMAT
 * PARQUET)}, each to a temporary file moved into place, so a killed export leaves whole files only.
 */
public final class ParquetExport {

    private ParquetExport() {
    }

    /** Exports every table; returns the files written with their row counts. */
    public static Map<Path, Long> export(Path database, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<Path, Long> written = new LinkedHashMap<>();
        try (Connection c = Database.readOnly(database); Statement s = c.createStatement()) {
            List<String> tables = Schema.existingTables(c);
            if (!tables.contains(Schema.SCHEMA_VERSION)) {
                throw new StoreException(database + ": not an imr store (no schema_version table)");
            }
            for (String table : tables) {
                Path target = dir.resolve(table + ".parquet").toAbsolutePath();
                Path temp = target.resolveSibling("." + table + ".parquet.tmp");
                Files.deleteIfExists(temp);
                try {
                    s.execute("COPY " + table + " TO '" + temp.toString().replace("'", "''") + "' (FORMAT PARQUET)");
                    try (var r = s.executeQuery("SELECT count(*) FROM " + table)) {
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
                }
            }
        } catch (SQLException e) {
            throw new StoreException(database + ": " + Database.firstLine(e.getMessage()), e);
        }
        return written;
    }
}
