package org.chancery.date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates that English prose states: "November 16, 1933", "16 November 1933",
 * "Nov. 16, 1933", "in March 1809", "1933". Each keeps the precision the text gives it.
 * Pure: no I/O, safe to share between threads.
 */
public final class ProseDates {

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String YEAR = "(1[5-9]\\d\\d|20\\d\\d)";
    /*
     * Each pattern first looks at the one character its match can begin with (a month's capital, a digit, the
     * year's first digit), a test the regex engine makes cheaply; why: without it every alternative of a month
     * was tried at every character of the prose, the larger part of the import's time in reading rdcr's dates.
     * The look-ahead only restates what the pattern after it needs, so the matches are the same.
     */
    private static final String AT_MONTH = "(?=[ADFJMNOS])";
    private static final String AT_DIGIT = "(?=\\d)";
    // "November 16, 1933" / "November 16 1933" / "Nov. 16, 1933"
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            AT_MONTH + "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "\\b");
    // "16 November 1933"
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            AT_DIGIT + "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b");
    // "March 1809", "March of 1809"
    private static final Pattern MONTH_YEAR = Pattern.compile(AT_MONTH + "\\b" + MONTH + "\\s+(?:of\\s+)?" + YEAR + "\\b");
    // "August 6" / "6 August" with no year after it: the prose gave the year before
    private static final Pattern DAY_NO_YEAR = Pattern.compile("(?=[ADFJMNOS\\d])\\b(?:" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
            + MONTH.replace("(", "(?:") + ")(?!\\p{L})(?![\\d:])(?!,?\\s+\\d)");
    private static final Pattern YEAR_ONLY = Pattern.compile("(?=[12])(?<![\\d/.-])" + YEAR + "(?![\\d/]|-\\d)");

    private ProseDates() {
    }

    /** Every date in the text, in order of position; a longer form wins over the parts it contains. */
    public static List<DateMention> find(String text) {
        List<DateMention> found = new ArrayList<>();
        collect(text, MONTH_DAY_YEAR, found, m -> day(m.group(3), m.group(1), m.group(2)));
        collect(text, DAY_MONTH_YEAR, found, m -> day(m.group(3), m.group(2), m.group(1)));
        collect(text, MONTH_YEAR, found, m -> month(m.group(2), m.group(1)));
        collect(text, YEAR_ONLY, found, m -> PartialDate.ofYear(Integer.parseInt(m.group(1))));
        found.sort(Comparator.comparingInt(DateMention::start));
        return found;
    }

    /**
     * The days the text states without their year ("took place on August 6", after a sentence that
     * gave 1995), dated in the year given: the caller knows which year the prose speaks of.
     */
    public static List<DateMention> daysWithoutYear(String text, int year) {
        List<DateMention> found = new ArrayList<>();
        Matcher m = DAY_NO_YEAR.matcher(text);
        while (m.find()) {
            String month = m.group(1) != null ? m.group(1) : m.group(0).replaceAll("^\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?", "");
            String day = m.group(2) != null ? m.group(2) : m.group(3);
            try {
                PartialDate d = day(String.valueOf(year), month, day);
                if (d != null) found.add(new DateMention(d, m.start(), m.end()));
            } catch (RuntimeException impossible) {
                // "February 30" is no day
            }
        }
        return found;
    }

    /** Month number for an English month name or abbreviation, or 0. */
    public static int monthNumber(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        return MONTHS.getOrDefault(key, 0);
    }

    private interface Reader {
        PartialDate read(Matcher m);
    }

    private static void collect(String text, Pattern p, List<DateMention> found, Reader reader) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (overlaps(found, s, e)) continue;
            PartialDate d;
            try {
                d = reader.read(m);
            } catch (RuntimeException impossible) {
                continue; // "February 30, 1900" is no date; prose with a typo yields nothing here
            }
            if (d != null) found.add(new DateMention(d, s, e));
        }
    }

    private static boolean overlaps(List<DateMention> found, int s, int e) {
        for (DateMention d : found) {
            if (s < d.end() && d.start() < e) return true;
        }
        return false;
    }

    private static PartialDate day(String year, String month, String day) {
        int m = monthNumber(month);
        int d = Integer.parseInt(day);
        if (m == 0 || d < 1 || d > 31) return null;
        return PartialDate.ofDay(Integer.parseInt(year), m, d);
    }

    private static PartialDate month(String year, String month) {
        int m = monthNumber(month);
        return m == 0 ? null : PartialDate.ofMonth(Integer.parseInt(year), m);
    }
}
