package org.imrtoolkit.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens a store's DuckDB file: for writing (one writer at a time) or read-only. */
public final class Database {

    private Database() {
    }

    /** A read-only connection to an existing store; a write statement on it fails. */
    public static Connection readOnly(Path file) throws StoreException {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + ": no such database file");
        }
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        return open(file, p);
    }

    /** A connection that may write; the database file is created when absent. */
    static Connection writable(Path file) throws StoreException {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
        } catch (java.io.IOException e) {
            throw new StoreException(file + ": cannot create its folder: " + e.getMessage(), e);
        }
        return open(file, new Properties());
    }

    private static Connection open(Path file, Properties p) throws StoreException {
        try {
            return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot open the database: " + firstLine(e.getMessage()), e);
        }
    }

    /** DuckDB's messages can run over several lines (a caret under the query); the first says it. */
    public static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
