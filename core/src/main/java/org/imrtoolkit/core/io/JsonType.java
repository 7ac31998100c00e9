package org.imrtoolkit.core.io;

import java.util.Locale;

/**
 * The JSON type of a column's value in {@code --format jsonl}: a count is a JSON number and a flag
 * a JSON boolean, so that {@code "false"} is never read as true by Python or JavaScript; an empty
 * cell (a value the input does not give) is null whatever the type. The CSV writes the same values
 * as text. The documented schemas are {@code docs/schemas/*.schema.json}.
 */
public enum JsonType {
    STRING, INTEGER, BOOLEAN;

    /** The cell's value as JSON holds it: null for an empty cell. */
    public Object value(String cell) {
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        return switch (this) {
            case STRING -> cell;
            case INTEGER -> Long.valueOf(cell);
            case BOOLEAN -> switch (cell) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                // A writer's bug, not an input's: the columns typed BOOLEAN are written from Java booleans.
                default -> throw new IllegalStateException("not a boolean: '" + cell + "'");
            };
        };
    }

    /** The type's name in JSON Schema: "string", "integer", "boolean". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
