package org.chancery.error;

/** A source file or the store holds something that cannot be read as the record. */
public final class DataIntegrityException extends ChanceryException {
    public DataIntegrityException(String message) {
        super(message, null);
    }

    public DataIntegrityException(String message, Throwable cause) {
        super(message, cause);
    }
}
