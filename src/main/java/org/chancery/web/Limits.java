package org.chancery.web;

import java.time.Duration;

/**
 * How much one client may ask of the server. Why: a check costs far more than a read, and a slow
 * client holds a connection (and, while its body arrives, a thread); without limits a few
 * clients can starve everyone else.
 *
 * @param checkBudget   longest a claim check may run before it is stopped (503)
 * @param checks        checks run at once
 * @param waitingChecks checks that may wait for one of those (their budget counts from arrival); more are refused at once (503, Retry-After)
 * @param bodyReaders   requests whose body is still arriving, at once; more are refused (503)
 * @param idleTimeout   a connection that sends or accepts nothing for this long is closed
 * @param minBodyRate   bytes per second a request body must at least arrive at (408 below it)
 * @param connections   open connections at most; past it the server stops accepting for a while
 */
public record Limits(Duration checkBudget, int checks, int waitingChecks, int bodyReaders, Duration idleTimeout, int minBodyRate, int connections) {
    public static final Limits DEFAULT = new Limits(Duration.ofSeconds(10), cores(), 4 * cores(), 16,
            Duration.ofSeconds(10), 4096, 1000);

    public Limits {
        if (checkBudget.isNegative() || checkBudget.isZero()) throw new IllegalArgumentException("check budget must be positive");
        if (checks < 1 || bodyReaders < 1 || connections < 1 || waitingChecks < 0) throw new IllegalArgumentException("limits must be at least 1");
    }

    private static int cores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    public Limits withCheckBudget(Duration budget) {
        return new Limits(budget, checks, waitingChecks, bodyReaders, idleTimeout, minBodyRate, connections);
    }

    public Limits withChecks(int running, int waiting) {
        return new Limits(checkBudget, running, waiting, bodyReaders, idleTimeout, minBodyRate, connections);
    }
}
