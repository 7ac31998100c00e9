package org.imrtoolkit.model;

import java.util.List;
import java.util.Locale;

/**
 * One training input file, the SHA-256 of its bytes, and which of its rows were taken (the
 * {@code --where} conditions of a table; empty for a letter, or a table taken whole), so that an
 * evaluation on the same file can tell the rows it shares with training from those it does not.
 *
 * @param path   the file as named on the command line
 * @param sha256 the SHA-256 of its bytes
 * @param where  the conditions its rows met ("Report Year<=2014"); empty when every row was taken
 */
public record InputDigest(String path, String sha256, List<String> where) {

    public InputDigest {
        where = where == null ? List.of() : List.copyOf(where); // model files written before the field existed
    }

    public InputDigest(String path, String sha256) {
        this(path, sha256, List.of());
    }

    /**
     * Whether a path as a manifest writes it names a table (.csv or .tsv, in any case). Read as a
     * string, never a Path: a manifest comes from anyone and may hold no valid path.
     */
    public static boolean isTable(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".csv") || p.endsWith(".tsv");
    }

    /** A letter's id from a path as a manifest writes it, read as a string: folders (either separator) and extension dropped. */
    public static String letterId(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
