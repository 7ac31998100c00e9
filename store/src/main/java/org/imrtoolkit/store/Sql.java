package org.imrtoolkit.store;

/** Pieces of the store's own SQL: a name is always quoted, so a table or column name is never SQL. */
final class Sql {

    private Sql() {
    }

    /** An identifier in double quotes, its own double quotes doubled: {@code a"b} is {@code "a""b"}. */
    static String id(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A text literal in single quotes, its own single quotes doubled. */
    static String text(String value) {
        return '\'' + value.replace("'", "''") + '\'';
    }
}
