package org.imrtoolkit.store;

import java.util.Objects;

/**
 * A column of a store table.
 *
 * @param name the column's name (lower case, no quoting needed)
 * @param type its SQL type
 */
public record Column(String name, Type type) {

    /** The SQL types the store uses. */
    public enum Type { VARCHAR, INTEGER, BIGINT, DOUBLE, BOOLEAN, DATE, TIMESTAMP }

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain column name: " + name);
        }
    }

    public static Column varchar(String name) {
        return new Column(name, Type.VARCHAR);
    }

    public static Column integer(String name) {
        return new Column(name, Type.INTEGER);
    }

    public static Column bool(String name) {
        return new Column(name, Type.BOOLEAN);
    }

    public static Column date(String name) {
        return new Column(name, Type.DATE);
    }
}
