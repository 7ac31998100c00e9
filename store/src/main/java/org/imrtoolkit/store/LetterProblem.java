package org.imrtoolkit.store;

/** Why a letter file cannot be loaded: where (the file, and the line when known) and the reason. */
public final class LetterProblem extends Exception {

    private static final long serialVersionUID = 1L;
    private final String where;

    public LetterProblem(String where, String reason) {
        super(reason);
        this.where = where;
    }

    public String where() {
        return where;
    }
}
