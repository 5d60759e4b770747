package org.chancery.web;

import java.time.Duration;

/**
 * How much one client may ask of the server. Why: a check costs far more than a read, and a slow
 * client holds a connection (and, while its body arrives, a thread); without limits a few
 * clients can starve everyone else.
 *
 * @param checkBudget   longest a claim check may run before it is stopped (503)
 * @param checks        checks run at once; more are refused at once (503, Retry-After)
 * @param bodyReaders   requests whose body is still arriving, at once; more are refused (503)
 * @param idleTimeout   a connection that sends or accepts nothing for this long is closed
 * @param minBodyRate   bytes per second a request body must at least arrive at (408 below it)
 * @param connections   open connections at most; past it the server stops accepting for a while
 */
public record Limits(Duration checkBudget, int checks, int bodyReaders, Duration idleTimeout, int minBodyRate, int connections) {
    public static final Limits DEFAULT = new Limits(Duration.ofSeconds(10), Math.max(1, Runtime.getRuntime().availableProcessors()), 16,
            Duration.ofSeconds(10), 4096, 1000);

    public Limits {
        if (checkBudget.isNegative() || checkBudget.isZero()) throw new IllegalArgumentException("check budget must be positive");
        if (checks < 1 || bodyReaders < 1 || connections < 1) throw new IllegalArgumentException("limits must be at least 1");
    }

    public Limits withCheckBudget(Duration budget) {
        return new Limits(budget, checks, bodyReaders, idleTimeout, minBodyRate, connections);
    }

    public Limits withChecks(int n) {
        return new Limits(checkBudget, n, bodyReaders, idleTimeout, minBodyRate, connections);
    }
}
