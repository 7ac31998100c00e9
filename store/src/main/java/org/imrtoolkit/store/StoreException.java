package org.imrtoolkit.store;

import java.io.IOException;

/** A database that cannot be used as asked (not a store, another schema version, locked): one line. */
public final class StoreException extends IOException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
