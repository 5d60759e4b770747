package org.chancery.importer.wikipedia;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.date.PartialDate;
import org.chancery.date.ProseDates;

/**
 * Reads a table's date cell at the precision it is written: {@code {{dts|8 November 1493}}},
 * {@code {{Dts|November 1615}}}, {@code {{#invoke:dts|main|1396}}}, {@code {{dts|1992|5|21}}},
 * {@code {{Date table sorting|21 September 1981}}} or plain "5 September 1991". A cell that says
 * more or less than one date ("1500s", "Before 1982", "1990–1992", "Unknown") is not read: the
 * caller reports it.
 */
final class WikiDates {
    private static final Pattern DATE_TEMPLATE = Pattern.compile(
            "\\{\\{\\s*(?:#invoke:dts\\s*\\|\\s*main|dts|date table sorting|start date|sort date)\\s*\\|([^{}]*)\\}\\}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{[^{}]*\\}\\}");
    private static final Pattern LINK = Pattern.compile("\\[\\[(?:[^|\\]]*\\|)?([^\\]]*)\\]\\]");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern PARENTHESIS = Pattern.compile("\\([^)]*\\)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2}) ([A-Za-z]+\\.?),? (\\d{3,4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([A-Za-z]+\\.?) (\\d{1,2}),? (\\d{3,4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]+\\.?),? (\\d{3,4})");
    private static final Pattern YEAR = Pattern.compile("\\d{3,4}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;]+$");
    private static final Pattern DAY_OR_MONTH = Pattern.compile("\\d{1,2}");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");

    private WikiDates() {
    }

    /** The cell as readable text: date templates replaced by the date they hold, other markup dropped. */
    static String text(String cell) {
        String s = cell;
        // each pattern is tried only where its opening stands: most cells hold one template and no link or tag
        if (s.contains("{{")) {
            Matcher m = DATE_TEMPLATE.matcher(s);
            StringBuilder b = new StringBuilder();
            while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(templateDate(m.group(1))));
            m.appendTail(b);
            s = b.toString();
            for (String before = ""; !before.equals(s); ) {
                before = s;
                s = TEMPLATE.matcher(s).replaceAll("");
            }
        }
        if (s.contains("[[")) s = LINK.matcher(s).replaceAll("$1");
        if (s.indexOf('<') >= 0) s = TAG.matcher(s).replaceAll(" ");
        s = s.replace("'''", "").replace("''", "").replace("&nbsp;", " ");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** The one date the cell states, if it states exactly one. */
    static Optional<PartialDate> parse(String cell) {
        return parseText(text(cell));
    }

    /** The one date a cell's readable {@link #text} states, if it states exactly one. */
    static Optional<PartialDate> parseText(String text) {
        String s = TRAILING_PUNCTUATION.matcher(text.indexOf('(') < 0 ? text : PARENTHESIS.matcher(text).replaceAll("")).replaceAll("").strip();
        try {
            Matcher m;
            if ((m = DAY_MONTH_YEAR.matcher(s)).matches()) return day(m.group(3), ProseDates.monthNumber(m.group(2)), m.group(1));
            if ((m = MONTH_DAY_YEAR.matcher(s)).matches()) return day(m.group(3), ProseDates.monthNumber(m.group(1)), m.group(2));
            if ((m = MONTH_YEAR.matcher(s)).matches()) {
                int month = ProseDates.monthNumber(m.group(1));
                return month == 0 ? Optional.empty() : Optional.of(PartialDate.ofMonth(Integer.parseInt(m.group(2)), month));
            }
            if (YEAR.matcher(s).matches()) return Optional.of(PartialDate.ofYear(Integer.parseInt(s)));
            if ((m = ISO.matcher(s)).matches()) {
                int y = Integer.parseInt(m.group(1));
                int mo = Integer.parseInt(m.group(2));
                return Optional.of(m.group(3) == null ? PartialDate.ofMonth(y, mo) : PartialDate.ofDay(y, mo, Integer.parseInt(m.group(3))));
            }
        } catch (RuntimeException noSuchDay) {
            return Optional.empty(); // "31 June 1992" is no date: reported as unread
        }
        return Optional.empty();
    }

    private static Optional<PartialDate> day(String year, int month, String day) {
        if (month == 0) return Optional.empty();
        return Optional.of(PartialDate.ofDay(Integer.parseInt(year), month, Integer.parseInt(day)));
    }

    /** "8 November 1493" from {@code 8 November 1493}; "1992-05-21" from {@code format=dmy|1992|5|21}. */
    static String templateDate(String params) {
        List<String> positional = new ArrayList<>();
        for (String p : params.split("\\|")) {
            String v = p.strip();
            if (!v.isEmpty() && !v.contains("=")) positional.add(v);
        }
        if (positional.size() == 1) return positional.get(0);
        if (positional.size() >= 2 && YEAR.matcher(positional.get(0)).matches()) {
            String y = positional.get(0);
            String mo = positional.get(1);
            int month = DAY_OR_MONTH.matcher(mo).matches() ? Integer.parseInt(mo) : ProseDates.monthNumber(mo);
            if (month < 1 || month > 12) return String.join(" ", positional);
            String ym = y + "-" + (month < 10 ? "0" : "") + month;
            if (positional.size() == 2) return ym;
            String d = positional.get(2);
            return DAY_OR_MONTH.matcher(d).matches() ? ym + "-" + (d.length() == 1 ? "0" : "") + d : String.join(" ", positional);
        }
        return String.join(" ", positional);
    }
}
