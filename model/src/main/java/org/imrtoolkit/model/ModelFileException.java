package org.imrtoolkit.model;

import java.io.IOException;

/** A model file that cannot be used: not a model, corrupt, truncated, or of another format version. */
public class ModelFileException extends IOException {

    private static final long serialVersionUID = 1L;

    public ModelFileException(String message) {
        super(message);
    }

    public ModelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
