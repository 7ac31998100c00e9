package org.imrtoolkit.model;

import java.util.List;

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
}
