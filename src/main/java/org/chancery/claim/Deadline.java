package org.chancery.claim;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.chancery.error.OverBudgetException;

/**
 * Lets a check stop early. Why: reading claims costs more than linear time in the worst case, and
 * a server must not spend minutes on one request, nor keep working for a client that has gone.
 * The checker calls {@link #check} between small units of work; the caller decides when to stop.
 */
@FunctionalInterface
public interface Deadline {
    /** Never stops: the command line checks files its own user chose. */
    Deadline NONE = () -> { };

    /** Throws {@link OverBudgetException} when the work should stop. */
    void check();

    /** Stops after the budget from now, or as soon as {@code abandoned} says the caller has gone. */
    static Deadline after(Duration budget, BooleanSupplier abandoned) {
        long end = System.nanoTime() + budget.toNanos();
        return () -> {
            if (System.nanoTime() - end > 0) {
                throw new OverBudgetException("the check took longer than its budget of " + budget.toMillis() + " ms; send a shorter text");
            }
            if (abandoned.getAsBoolean()) throw new OverBudgetException("the client closed the connection; check stopped");
        };
    }
}
