package org.chancery.error;

/** Work stopped, or was not started, because it would exceed its time budget or the server's capacity. */
public final class OverBudgetException extends ChanceryException {
    public OverBudgetException(String message) {
        super(message, null);
    }
}
