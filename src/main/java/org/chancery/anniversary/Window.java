package org.chancery.anniversary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.chancery.error.InvalidInputException;

/**
 * The days a calendar covers, both ends included. Why a limit: a calendar is read by people and
 * served over HTTP; ten years of anniversaries is already thousands of entries, and an unbounded
 * window would let one request walk the whole record many times over.
 */
public record Window(LocalDate from, LocalDate to) {
    /** Longest window accepted: ten years (3,653 days). */
    public static final int MAX_DAYS = 3653;

    public Window {
        if (from.isAfter(to)) {
            throw new InvalidInputException("--from", from.toString(), "is after --to " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidInputException("--to", to.toString(), "window from " + from + " is longer than the limit of "
                    + MAX_DAYS + " days (ten years)");
        }
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }
}
