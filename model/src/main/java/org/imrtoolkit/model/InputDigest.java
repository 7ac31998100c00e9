package org.imrtoolkit.model;

/** One training input file and the SHA-256 of its bytes. */
public record InputDigest(String path, String sha256) {
}
