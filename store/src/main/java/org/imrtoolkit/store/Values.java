package org.imrtoolkit.store;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.Blob;
import java.sql.SQLException;
import java.sql.Struct;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.duckdb.DuckDBStruct;
import tools.jackson.databind.json.JsonMapper;

/**
 * A DuckDB value as a query writes it: for JSON lines, a number or boolean as JSON's own, BLOB as
 * base64 text, LIST and ARRAY as a JSON array, STRUCT and MAP as a JSON object (a MAP's keys as
 * text), anything else as its text; for CSV, the same, nested values as their JSON text.
 */
final class Values {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Values() {
    }

    /** The value as JSON lines write it: null, a Boolean, a Number, a String, a List or a Map. */
    static Object json(Object v) throws SQLException {
        return switch (v) {
            case null -> null;
            case Boolean b -> b;
            case Double d -> Double.isFinite(d) ? d : d.toString();
            case Float f -> Float.isFinite(f) ? f : f.toString();
            case Byte b -> b;
            case Short s -> s;
            case Integer i -> i;
            case Long l -> l;
            case BigInteger b -> b;
            case BigDecimal b -> b;
            case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
            case Blob blob -> Base64.getEncoder().encodeToString(bytes(blob));
            case Array array -> list((Object[]) array.getArray());
            case Object[] array -> list(array);
            case DuckDBStruct struct -> map(struct.getMap());
            case Struct struct -> list(struct.getAttributes());
            case Map<?, ?> map -> map(map);
            default -> v.toString();
        };
    }

    /** The value as a CSV cell: as {@link #json} gives it, a list or an object as its JSON text. */
    static String text(Object v) throws SQLException {
        Object j = json(v);
        return switch (j) {
            case null -> "";
            case String s -> s;
            case List<?> l -> JSON.writeValueAsString(l);
            case Map<?, ?> m -> JSON.writeValueAsString(m);
            default -> j.toString();
        };
    }

    private static List<Object> list(Object[] values) throws SQLException {
        List<Object> out = new ArrayList<>(values.length);
        for (Object o : values) {
            out.add(json(o));
        }
        return out;
    }

    private static Map<String, Object> map(Map<?, ?> map) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out.put(String.valueOf(e.getKey()), json(e.getValue()));
        }
        return out;
    }

    private static byte[] bytes(Blob blob) throws SQLException {
        try (InputStream in = blob.getBinaryStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new SQLException("cannot read a BLOB value: " + e.getMessage(), e);
        }
    }
}
