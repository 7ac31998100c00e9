package org.imrtoolkit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether a text is exactly one statement that only reads, as DuckDB's own parser sees it: its
 * {@code json_serialize_sql} serializes a text that parses into SELECT statements only (SELECT,
 * WITH, FROM-first, VALUES, DESCRIBE, SHOW, SUMMARIZE) and reports anything else (COPY, ATTACH,
 * INSTALL, SET, PRAGMA, CALL, EXPLAIN, a write) as not serializable; the statements are counted,
 * so a second one after a semicolon (or hidden behind a comment) is seen. Nothing is executed.
 */
final class QueryCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What imr query runs, in the user's words. */
    static final String WHAT_RUNS = "imr query runs exactly one read-only statement (SELECT, WITH, FROM, VALUES, "
            + "DESCRIBE, SHOW or SUMMARIZE)";

    private QueryCheck() {
    }

    /**
     * The statement as DuckDB prints it back from its parse (no comment, no semicolon): the text
     * that is run. Throws with the reason when the text is not exactly one reading statement.
     */
    static String single(Connection c, String sql) throws SQLException, StoreException {
        JsonNode parsed = serialize(c, sql);
        if (parsed.path("error").asBoolean(false)) {
            String type = parsed.path("error_type").asString("");
            String message = parsed.path("error_message").asString("");
            if (type.equals("parser")) {
                throw new StoreException("DuckDB cannot parse the query: " + message
                        + (parsed.has("position") ? " (at offset " + parsed.path("position").asString("") + ")" : ""));
            }
            throw new StoreException(WHAT_RUNS + "; DuckDB reads this text as another kind of statement");
        }
        int n = parsed.path("statements").size();
        if (n != 1) {
            throw new StoreException(n == 0 ? "the query holds no statement" : "the query holds " + n
                    + " statements; " + WHAT_RUNS + ": run them one at a time");
        }
        try (PreparedStatement p = c.prepareStatement("SELECT json_deserialize_sql(?::JSON)")) {
            p.setString(1, parsed.toString());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private static JsonNode serialize(Connection c, String sql) throws SQLException, StoreException {
        try (PreparedStatement p = c.prepareStatement("SELECT json_serialize_sql(?::VARCHAR)")) {
            p.setString(1, sql);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return JSON.readTree(r.getString(1));
            }
        } catch (JacksonException e) {
            throw new StoreException("DuckDB's parse of the query could not be read: " + e.getOriginalMessage(), e);
        }
    }
}
