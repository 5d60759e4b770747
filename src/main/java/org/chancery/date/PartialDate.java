package org.chancery.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import org.chancery.error.InvalidInputException;

/**
 * A date known to the year, the month or the day. "1933" is not "1933-01-01": it spans the
 * whole year, and {@link #start()} and {@link #end()} give its bounds.
 */
public record PartialDate(int year, int month, int day, Precision precision)
        implements Comparable<PartialDate> {

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");
    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("\\d{4}-\\d{2}");
    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Comparator<PartialDate> ORDER = Comparator
            .comparing(PartialDate::start)
            .thenComparing(PartialDate::precision);

    public PartialDate {
        try {
            switch (precision) {
                case YEAR -> {
                    if (month != 0 || day != 0) throw new IllegalArgumentException("year precision takes no month or day");
                    LocalDate.of(year, 1, 1);
                }
                case MONTH -> {
                    if (day != 0) throw new IllegalArgumentException("month precision takes no day");
                    YearMonth.of(year, month);
                }
                case DAY -> LocalDate.of(year, month, day);
            }
        } catch (DateTimeException e) {
            throw new InvalidInputException("date", "%04d-%02d-%02d".formatted(year, month, day), e.getMessage());
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0, Precision.YEAR);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0, Precision.MONTH);
    }

    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(year, month, day, Precision.DAY);
    }

    public static PartialDate of(LocalDate date) {
        return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws InvalidInputException naming the value when it is not such a date or no such day exists
     */
    public static PartialDate parse(String text) {
        return parse(text, "date");
    }

    /** What every date option and parameter says to a value it cannot read. */
    public static final String EXPECTED = "expected a date as YYYY-MM-DD, YYYY-MM or YYYY (1933-11-16, 1933-11, 1933)";
    /** What an option that needs a whole day says to any other value. */
    public static final String EXPECTED_DAY = "expected a day as YYYY-MM-DD (1933-11-16)";

    /** {@link #parse(String)} naming the option or parameter that gave the text. */
    public static PartialDate parse(String text, String parameter) {
        String s = text == null ? "" : text.strip();
        try {
            if (YEAR.matcher(s).matches()) return ofYear(Integer.parseInt(s));
            if (MONTH.matcher(s).matches()) return ofMonth(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)));
            if (DAY.matcher(s).matches()) {
                return ofDay(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)), Integer.parseInt(s.substring(8, 10)));
            }
        } catch (InvalidInputException e) {
            throw new InvalidInputException(parameter, s, "no such date");
        }
        throw new InvalidInputException(parameter, s, EXPECTED);
    }

    /** Like {@link #parse} but for a whole day only (a post's day, a window's ends): one message for any other value. */
    public static LocalDate parseDay(String text) {
        return parseDay(text, "date");
    }

    /** {@link #parseDay(String)} naming the option or parameter that gave the text. */
    public static LocalDate parseDay(String text, String parameter) {
        PartialDate d;
        try {
            d = parse(text, parameter);
        } catch (InvalidInputException e) {
            if (e.getMessage().endsWith("no such date")) throw e;
            throw new InvalidInputException(parameter, text == null ? "" : text.strip(), EXPECTED_DAY);
        }
        if (d.precision != Precision.DAY) throw new InvalidInputException(parameter, text.strip(), EXPECTED_DAY);
        return d.start();
    }

    /** The first day the date may mean. */
    public LocalDate start() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case MONTH -> LocalDate.of(year, month, 1);
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /** The last day the date may mean. */
    public LocalDate end() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case DAY -> start();
        };
    }

    /** True when this date, read at its own precision, may be the given day. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** The same date cut down to a coarser precision (never finer than it is). */
    public PartialDate truncatedTo(Precision p) {
        if (p.compareTo(precision) >= 0) return this;
        return p == Precision.YEAR ? ofYear(year) : ofMonth(year, month);
    }

    /**
     * True when the two dates agree at the coarser of their precisions: "1933" agrees with
     * "1933-11-16", "1933-11" does not agree with "1933-12-13".
     */
    public boolean agreesWith(PartialDate other) {
        Precision p = precision.compareTo(other.precision) <= 0 ? precision : other.precision;
        return truncatedTo(p).equals(other.truncatedTo(p));
    }

    @Override
    public int compareTo(PartialDate o) {
        return ORDER.compare(this, o);
    }

    /** ISO form at the date's own precision: {@code 1933}, {@code 1933-11}, {@code 1933-11-16}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(10);
        pad(b, year, 4);
        if (precision != Precision.YEAR) pad(b.append('-'), month, 2);
        if (precision == Precision.DAY) pad(b.append('-'), day, 2);
        return b.toString();
    }

    private static void pad(StringBuilder b, int n, int width) {
        String digits = Integer.toString(n);
        for (int i = digits.length(); i < width; i++) b.append('0');
        b.append(digits);
    }
}
