package org.imrtoolkit.store;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A store table: its columns in order and its primary key. Every table but {@code schema_version}
 * has a {@code letter_id} column, by which a letter's rows are replaced.
 */
public record Table(String name, List<Column> columns, List<String> primaryKey) {

    public Table {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        List<String> names = columns.stream().map(Column::name).toList();
        if (!names.containsAll(primaryKey)) {
            throw new IllegalArgumentException(name + ": primary key " + primaryKey + " not among " + names);
        }
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException(name + ": repeated column in " + names);
        }
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    String createSql() {
        return "CREATE TABLE " + Sql.id(name) + " (" + columns.stream().map(c -> Sql.id(c.name()) + " " + c.type())
                .collect(Collectors.joining(", "))
                + (primaryKey.isEmpty() ? "" : ", PRIMARY KEY (" + primaryKey.stream().map(Sql::id)
                        .collect(Collectors.joining(", ")) + ")") + ")";
    }
}
