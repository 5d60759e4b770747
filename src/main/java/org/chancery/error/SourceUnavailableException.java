package org.chancery.error;

/** A file, folder, network source or database could not be reached. */
public final class SourceUnavailableException extends ChanceryException {
    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
