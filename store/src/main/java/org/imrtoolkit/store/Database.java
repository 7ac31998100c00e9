package org.imrtoolkit.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Opens a store's DuckDB file: for writing (one writer at a time) or read-only. Every connection is
 * opened with DuckDB's own safety settings, given at startup and then locked, so that no statement
 * can change them: no access to files other than the database (nor to the network), no extension
 * installed or loaded, no persistent secrets, and no spilling to a temporary folder. Only an
 * export is allowed to write, and only the temporary files it names.
 */
public final class Database {

    private Database() {
    }

    /** A read-only connection to an existing store; a write statement on it fails. */
    public static Connection readOnly(Path file) throws StoreException {
        return readOnly(file, QueryLimits.DEFAULT, List.of());
    }

    /**
     * A read-only connection under {@code limits} (DuckDB's memory limit and threads), that may
     * write only the files {@code writable} (absolute paths; none for a query).
     */
    static Connection readOnly(Path file, QueryLimits limits, List<Path> writable) throws StoreException {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + ": no such database file");
        }
        Properties p = locked();
        p.setProperty("duckdb.read_only", "true");
        p.setProperty("memory_limit", (limits.memoryBytes() >> 20) + "MB");
        p.setProperty("threads", Integer.toString(limits.threads()));
        // Without a temporary folder DuckDB cannot spill: a query over its memory limit fails instead
        // of writing beside the database.
        p.setProperty("temp_directory", "");
        if (!writable.isEmpty()) {
            p.setProperty("allowed_paths", writable.stream().map(w -> "'" + listElement(w) + "'")
                    .collect(Collectors.joining(", ", "[", "]")));
        }
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
        return open(file, locked());
    }

    /**
     * The settings every connection has. {@code lock_configuration} is given with the others at
     * startup: a {@code SET} or {@code RESET} of any of them is then refused by DuckDB.
     */
    private static Properties locked() {
        Properties p = new Properties();
        p.setProperty("enable_external_access", "false");
        p.setProperty("autoinstall_known_extensions", "false");
        p.setProperty("autoload_known_extensions", "false");
        p.setProperty("allow_community_extensions", "false");
        p.setProperty("allow_persistent_secrets", "false");
        p.setProperty("lock_configuration", "true");
        return p;
    }

    /**
     * A path as an element of the {@code allowed_paths} list, which DuckDB reads from text. A path
     * holding a character that text could misread is refused rather than escaped.
     */
    private static String listElement(Path path) {
        String s = path.toAbsolutePath().normalize().toString();
        for (char c : s.toCharArray()) {
            if (c == '\'' || c == '"' || c == '\\' || c == ',' || c == '[' || c == ']' || c == '{' || c == '}'
                    || Character.isISOControl(c)) {
                throw new IllegalArgumentException(s + ": a folder whose name holds quotes, brackets, commas, "
                        + "backslashes or control characters; export to a folder with a plainer name");
            }
        }
        return s;
    }

    private static Connection open(Path file, Properties p) throws StoreException {
        try {
            return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot open the database: " + message(e), e);
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

    /**
     * DuckDB's whole message on one line: its hints ("Candidate bindings: ...", "Did you mean ...")
     * are often what the user needs, so every line is kept but the caret line, which points at a
     * column only when the query is printed above it.
     */
    public static String message(SQLException e) {
        String m = e.getMessage();
        if (m == null) {
            return "unknown error";
        }
        return m.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.equals("^"))
                .collect(Collectors.joining(" "));
    }
}
