package org.chancery.claim;

/**
 * Counts the tokens and spans a reading examines beyond its single pass over the text: the words
 * searched for an action's object, a claim's scope, an envoy's rank, the names and dates weighed
 * for each claim. Tests assert that it grows linearly with the text; it is no timer.
 */
final class Work {
    private long steps;

    void add(long n) {
        steps += n;
    }

    long steps() {
        return steps;
    }
}
