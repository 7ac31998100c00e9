package org.imrtoolkit.app;

/**
 * An input that was skipped, and why.
 *
 * @param where  the file, with ":row N" or ":line N" where known, or a case's id
 * @param reason what is wrong with it
 */
public record Rejection(String where, String reason) {
}
