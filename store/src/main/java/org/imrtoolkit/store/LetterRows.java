package org.imrtoolkit.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every row one letter gives, by table name, each row a map from column name to value (String,
 * Integer, Boolean, Double, LocalDate, LocalDateTime or null). Computed on a worker thread; written
 * by the one writer in one transaction.
 *
 * @param letterId the letter's id
 * @param source   the file it was read from
 * @param items    how many disputed items it has
 * @param rows     its rows, by table name
 */
public record LetterRows(String letterId, String source, int items, Map<String, List<Map<String, Object>>> rows) {

    public LetterRows {
        Objects.requireNonNull(letterId, "letterId");
        rows = Map.copyOf(rows);
    }

    public List<Map<String, Object>> rows(String table) {
        return rows.getOrDefault(table, List.of());
    }
}
