package org.chancery.error;

/** Root of the exceptions Chancery raises on purpose; the message is one line for a user. */
public abstract sealed class ChanceryException extends RuntimeException
        permits InvalidInputException, NotFoundException, DataIntegrityException, SourceUnavailableException,
        OverBudgetException {

    protected ChanceryException(String message, Throwable cause) {
        super(message, cause);
    }
}
