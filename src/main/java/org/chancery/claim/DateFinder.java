package org.chancery.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.date.DateMention;
import org.chancery.date.PartialDate;
import org.chancery.date.Precision;
import org.chancery.language.Category;
import org.chancery.language.Concept;
import org.chancery.language.Lexicon;
import org.chancery.language.Shape;
import org.chancery.language.Token;

/**
 * The dates a post states, read from its tokens in one pass, each at its own precision. The
 * words (months, seasons, "ago", "later", "same", number words) come from the lexicons, so the
 * forms are the same in every language: day month year ("16 ноября 1933", "4 September 1974"),
 * month day year ("Nov. 16, 1933"), month year ("в ноябре 1933", "March 1949"), a year ("1933",
 * "1933-м", "1933http" where a link was run into it), numeric dates ("16.11.1933", "11/16/1933",
 * "on 9/4" taking the year the sentence gives), "'33", seasons ("the autumn of 1933"), tenures
 * ("(1961-64)" is 1961), years counted back from the post's date ("90 лет назад"; "75 years ago
 * today" and an "on this day" post give the day), and references to a date already given ("the
 * same day", "that same September", "того же года", "a year later", "a week later").
 */
final class DateFinder {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(\\p{L}*)");
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
    /** How far, in characters, after the last date a bare month ("in June") may stand and still take its year. */
    private static final int BARE_MONTH_REACH = 300;
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    /** How far, in characters, after a counted date ("Seventy years later") a written date of about its year may stand and replace it. */
    private static final int WRITTEN_REACH = 80;

    private final List<Token> tokens;
    private final LocalDate asOf;
    private final boolean onThisDay;
    private final List<DateMention> out = new ArrayList<>();
    /** "on 9/4": month and day waiting for the year the sentence states after them. */
    private final List<int[]> pending = new ArrayList<>();
    /** The dates counted from the one before ("102 years later", "спустя двадцать лет"): a written date near them wins. */
    private final java.util.Set<DateMention> counted = new java.util.HashSet<>();

    private DateFinder(List<Token> tokens, LocalDate asOf, boolean onThisDay) {
        this.tokens = tokens;
        this.asOf = asOf;
        this.onThisDay = onThisDay;
    }

    /** Every date in a text, in order of position; {@code asOf} anchors "N years ago" (null when unknown). */
    static List<DateMention> find(String text, LocalDate asOf) {
        return find(Lexicon.standard().read(text), asOf, false);
    }

    /**
     * @param onThisDay the post is an "on this day" post (#OTD), so "N years ago" is that day
     */
    static List<DateMention> find(List<Token> tokens, LocalDate asOf, boolean onThisDay) {
        DateFinder f = new DateFinder(tokens, asOf, onThisDay);
        for (int i = 0; i < tokens.size(); ) i = f.at(i);
        f.out.sort(java.util.Comparator.comparingInt(DateMention::start));
        f.writtenOverCounted();
        return f.out;
    }

    /** Reads a date starting at token i if there is one; returns the index to go on from. */
    private int at(int i) {
        Token t = tokens.get(i);
        if ((t.isPunct('\'') || t.isPunct('’')) && i + 1 < tokens.size()) {
            Token n = tokens.get(i + 1);
            if (n.shape() == Shape.NUMBER && n.text().matches("\\d{2}") && n.start() == t.end()) {
                int yy = Integer.parseInt(n.text());
                int now = (asOf != null ? asOf : LocalDate.now()).getYear();
                add(PartialDate.ofYear(yy <= now % 100 ? 2000 + yy : 1900 + yy), t.start(), n.end());
                return i + 2;
            }
        }
        if (t.shape() == Shape.NUMBER) return number(i);
        if (t.is(Category.MONTH)) return month(i, t.sense(Category.MONTH).arg(), t.start());
        if (t.is(Category.SEASON)) {
            int y = skip(i + 1, Concept.OF, Concept.ARTICLE);
            if (year(y) > 0) {
                add(PartialDate.ofYear(year(y)), t.start(), tokens.get(y).end());
                return y + 1;
            }
            return i + 1;
        }
        if (t.is(Category.NUMBER) && i + 1 < tokens.size()) return counted(i, t.sense(Category.NUMBER).arg());
        if (t.has(Concept.LATER) && i + 2 < tokens.size() && count(tokens.get(i + 1)) > 0 && unit(tokens.get(i + 2))) {
            // "спустя двадцать лет", "спустя 102 года", "через три дня"
            if (last() != null) later(last().date(), tokens.get(i + 2), count(tokens.get(i + 1)), t.start(), tokens.get(i + 2).end());
            return i + 3;
        }
        if (t.has(Concept.NEXT) && i + 1 < tokens.size()) return next(i);
        // "On this day in 1993", "#OTD in 1987", «в этот день в 1993 году»: the post's day, in that year
        if (t.has(Concept.ON_THIS_DAY) && asOf != null && i + 2 < tokens.size() && tokens.get(i + 1).has(Concept.IN) && year(i + 2) > 0) {
            day(year(i + 2), asOf.getMonthValue(), asOf.getDayOfMonth(), t.start(), tokens.get(i + 2).end());
            return i + 3;
        }
        if (t.has(Concept.SAME) || t.has(Concept.THAT) || t.has(Concept.AT_ONCE)
                || t.has(Concept.ON_THIS_DAY) && t.language() != org.chancery.language.Language.EN) {
            return reference(i);
        }
        return i + 1;
    }

    private int number(int i) {
        Token t = tokens.get(i);
        Matcher dotted = DOTTED.matcher(t.text());
        if (dotted.matches()) {
            day(Integer.parseInt(dotted.group(3)), Integer.parseInt(dotted.group(2)), Integer.parseInt(dotted.group(1)), t.start(), t.end());
            return i + 1;
        }
        int y = year(i);
        if (y > 0) {
            add(PartialDate.ofYear(y), t.start(), t.end());
            // a tenure "1961-64" or range "1936-1938": the start, the end is no claim's date
            if (i + 2 < tokens.size() && tokens.get(i + 1).isPunct('-') && tokens.get(i + 2).shape() == Shape.NUMBER && rangeEnd(i + 2)) return i + 3;
            return i + 1;
        }
        int d = day(t);
        if (d > 0) {
            if (slashed(i)) return i + 5;
            if (i + 2 < tokens.size() && tokens.get(i + 1).isPunct('/') && day(tokens.get(i + 2)) > 0 && i > 0
                    && tokens.get(i - 1).has(Concept.ON) && d <= 12) {
                pending.add(new int[] {d, day(tokens.get(i + 2)), t.start(), tokens.get(i + 2).end()});
                return i + 3;
            }
            int m = skip(i + 1, Concept.OF);
            if (m < tokens.size() && tokens.get(m).is(Category.MONTH)) {
                int month = tokens.get(m).sense(Category.MONTH).arg();
                int after = skip(m + 1, Concept.OF);
                after = skipPunct(after, '.', ',');
                if (year(after) > 0) {
                    day(year(after), month, d, t.start(), tokens.get(after).end());
                    return after + 1;
                }
                int sameYear = sameYear(after);
                if (sameYear > 0 && last() != null) {
                    day(last().date().year(), month, d, t.start(), tokens.get(sameYear).end());
                    return sameYear + 1;
                }
                if (last() != null) day(last().date().year(), month, d, t.start(), tokens.get(m).end());
                return m + 1;
            }
            if (i + 1 < tokens.size() && (tokens.get(i + 1).has(Concept.YEAR) || tokens.get(i + 1).has(Concept.DECADE))) return counted(i, d);
        }
        if (t.text().matches("\\d{2,3}") && i + 1 < tokens.size() && tokens.get(i + 1).has(Concept.YEAR)) {
            return counted(i, Integer.parseInt(t.text()));
        }
        return i + 1;
    }

    /** A count written as a word ("двадцать") or in digits of at most three ("102"); 0 if the token is none. */
    private static int count(Token t) {
        if (t.is(Category.NUMBER)) return t.sense(Category.NUMBER).arg();
        return t.shape() == Shape.NUMBER && t.text().matches("\\d{1,3}") ? Integer.parseInt(t.text()) : 0;
    }

    /** The end of a range "1961-64", "1936-1938", not a count that follows a dash ("1847--102 years later"). */
    private boolean rangeEnd(int k) {
        if (!tokens.get(k).text().matches("\\d{2}|\\d{4}")) return false;
        return k + 1 >= tokens.size() || !tokens.get(k + 1).has(Concept.YEAR) && !tokens.get(k + 1).has(Concept.DECADE);
    }

    /** "11/16/1933" (month first, as in the U.S.; day first when the first number cannot be a month). */
    private boolean slashed(int i) {
        if (i + 4 >= tokens.size()) return false;
        if (!tokens.get(i + 1).isPunct('/') || !tokens.get(i + 3).isPunct('/')) return false;
        int a = day(tokens.get(i));
        int b = day(tokens.get(i + 2));
        int y = year(i + 4);
        if (a <= 0 || b <= 0 || y <= 0) return false;
        if (a <= 12) day(y, a, b, tokens.get(i).start(), tokens.get(i + 4).end());
        else day(y, b, a, tokens.get(i).start(), tokens.get(i + 4).end());
        resolvePending(y);
        return true;
    }

    private int month(int i, int month, int start) {
        int k = skipPunct(i + 1, '.');
        if (k < tokens.size() && day(tokens.get(k)) > 0 && year(k) < 0) {
            int y = skipPunct(k + 1, ',');
            if (year(y) > 0) {
                day(year(y), month, day(tokens.get(k)), start, tokens.get(y).end());
                return y + 1;
            }
            if (last() != null) day(last().date().year(), month, day(tokens.get(k)), start, tokens.get(k).end());
            return k + 1;
        }
        int y = skip(k, Concept.OF);
        if (year(y) > 0) {
            add(PartialDate.ofMonth(year(y), month), start, tokens.get(y).end());
            return y + 1;
        }
        // "in November of the same year 1809", "в ноябре того же года"
        int same = skip(i + 1, Concept.OF, Concept.ARTICLE, Concept.THAT);
        if (same + 1 < tokens.size() && tokens.get(same).has(Concept.SAME) && tokens.get(same + 1).has(Concept.YEAR) && last() != null) {
            int y2 = year(same + 2) > 0 ? year(same + 2) : last().date().year();
            int end = year(same + 2) > 0 ? same + 2 : same + 1;
            add(PartialDate.ofMonth(y2, month), start, tokens.get(end).end());
            return end + 1;
        }
        // "that same September", "that March"
        if (i > 0 && (tokens.get(i - 1).has(Concept.SAME) || tokens.get(i - 1).has(Concept.THAT)) && last() != null) {
            add(PartialDate.ofMonth(last().date().year(), month), tokens.get(i - 1).start(), tokens.get(i).end());
            return i + 1;
        }
        // "Relations were restored in 1899: in June the minister presented his credentials", "в сентябре": the year just stated
        if (i > 0 && tokens.get(i - 1).has(Concept.IN) && last() != null && start - last().end() <= BARE_MONTH_REACH) {
            add(PartialDate.ofMonth(last().date().year(), month), start, tokens.get(i).end());
        }
        return i + 1;
    }

    /** "90 years ago", "a year later", "Twenty years later", "a week later". */
    private int counted(int i, int n) {
        if (n <= 0) return i + 1;
        int unit = i + 1;
        if (unit >= tokens.size()) return i + 1;
        Token u = tokens.get(unit);
        int dir = unit + 1;
        if (dir >= tokens.size()) return i + 1;
        Token d = tokens.get(dir);
        int start = tokens.get(i).start();
        if (u.has(Concept.YEAR) && d.has(Concept.AGO) && asOf != null) {
            boolean today = dir + 1 < tokens.size() && tokens.get(dir + 1).has(Concept.ON_THIS_DAY) || onThisDay;
            int y = asOf.getYear() - n;
            if (today) day(y, asOf.getMonthValue(), asOf.getDayOfMonth(), start, d.end());
            else add(PartialDate.ofYear(y), start, d.end());
            return dir + 1;
        }
        // "just a day after Mao proclaimed …", "five months after the embassy was seized": counted back from the date given, to an event of its own
        boolean fine = u.has(Concept.DAY) || u.has(Concept.MONTH_WORD);
        if ((d.has(Concept.LATER) || d.has(Concept.AFTER) && !fine) && last() != null) {
            later(last().date(), u, n, start, d.end());
            return dir + 1;
        }
        return i + 1;
    }

    private static boolean unit(Token u) {
        return u.has(Concept.YEAR) || u.has(Concept.DECADE) || u.has(Concept.MONTH_WORD) || u.has(Concept.WEEK) || u.has(Concept.DAY);
    }

    /**
     * The date {@code n} units after {@code prev} ("a year later", "three days later", "через два
     * месяца"), at the precision both allow. A count finer than the date before it ("three days
     * later" after "in 1948") gives no date of its own.
     */
    private void later(PartialDate prev, Token u, int n, int start, int end) {
        if (u.has(Concept.YEAR)) addCounted(PartialDate.ofYear(prev.year() + n), start, end);
        else if (u.has(Concept.DECADE)) addCounted(PartialDate.ofYear(prev.year() + 10 * n), start, end);
        else if (prev.precision() == Precision.YEAR) return;
        else if (u.has(Concept.MONTH_WORD)) {
            var then = prev.start().plusMonths(n);
            add(PartialDate.ofMonth(then.getYear(), then.getMonthValue()), start, end);
        } else if (prev.precision() != Precision.DAY) return;
        else if (u.has(Concept.WEEK)) add(PartialDate.of(prev.start().plusWeeks(n)), start, end);
        else if (u.has(Concept.DAY)) add(PartialDate.of(prev.start().plusDays(n)), start, end);
    }

    /** "the next day", "the following year", «на следующий день», «в следующем году»: one unit after the date just given. */
    private int next(int i) {
        Token u = tokens.get(i + 1);
        if (last() == null || !u.has(Concept.DAY) && !u.has(Concept.YEAR)) return i + 1;
        int start = i > 0 && tokens.get(i - 1).has(Concept.ARTICLE) ? tokens.get(i - 1).start() : tokens.get(i).start();
        later(last().date(), u, 1, start, u.end());
        return i + 2;
    }

    /** "the same day", "that same year", "that year", "в том же году", "тогда же", "в этот день". */
    private int reference(int i) {
        Token t = tokens.get(i);
        if (last() == null) return i + 1;
        int k = i + 1;
        if (k < tokens.size() && tokens.get(k).has(Concept.SAME)) k++;
        Token n = k < tokens.size() ? tokens.get(k) : null;
        if (n != null && n.has(Concept.DAY)) {
            add(last().date(), t.start(), n.end());
            return k + 1;
        }
        if (n != null && n.has(Concept.YEAR)) {
            int y = last().date().year();
            // "the same year 1809": the year is written out after it
            if (year(k + 1) > 0) y = year(k + 1);
            add(PartialDate.ofYear(y), t.start(), n.end());
            return k + 1;
        }
        // "immediately", "тогда же", "в тот же день", "в этот день": the date just given
        if (t.has(Concept.AT_ONCE) || t.has(Concept.ON_THIS_DAY)) add(last().date(), t.start(), t.end());
        return i + 1;
    }

    private int sameYear(int k) {
        if (k + 1 < tokens.size() && tokens.get(k).has(Concept.SAME) && tokens.get(k + 1).has(Concept.YEAR)) return k + 1;
        return -1;
    }

    private void day(int y, int m, int d, int start, int end) {
        try {
            add(PartialDate.ofDay(y, m, d), start, end);
        } catch (RuntimeException impossible) {
            // "February 30" is no date
        }
        resolvePending(y);
    }

    private void addCounted(PartialDate d, int start, int end) {
        add(d, start, end);
        counted.add(out.get(out.size() - 1));
    }

    /**
     * "Seventy years later our embassy opened in Jerusalem, on May 14, 2018": a date written out
     * just after a counted one, within a year of it, is the date the text means; the count is round.
     */
    private void writtenOverCounted() {
        if (counted.isEmpty()) return;
        for (int k = 0; k + 1 < out.size(); k++) {
            DateMention c = out.get(k);
            if (!counted.contains(c)) continue;
            for (int j = k + 1; j < out.size() && out.get(j).start() - c.end() <= WRITTEN_REACH; j++) {
                DateMention w = out.get(j);
                if (!counted.contains(w) && Math.abs(w.date().year() - c.date().year()) <= 1) {
                    out.remove(k--);
                    break;
                }
            }
        }
    }

    private void add(PartialDate d, int start, int end) {
        out.add(new DateMention(d, start, end));
        if (d.precision() == Precision.YEAR) resolvePending(d.year());
    }

    /** "Estonia and Latvia on 9/4, Lithuania on 9/6/1991": the year that follows completes the earlier month and day. */
    private void resolvePending(int year) {
        if (pending.isEmpty()) return;
        List<int[]> todo = List.copyOf(pending);
        pending.clear();
        for (int[] p : todo) {
            try {
                out.add(new DateMention(PartialDate.ofDay(year, p[0], p[1]), p[2], p[3]));
            } catch (RuntimeException impossible) {
                // no such day
            }
        }
    }

    private DateMention last() {
        return out.isEmpty() ? null : out.get(out.size() - 1);
    }

    private int year(int i) {
        if (i < 0 || i >= tokens.size()) return -1;
        Token t = tokens.get(i);
        if (t.shape() != Shape.NUMBER) return -1;
        Matcher m = YEAR.matcher(t.text());
        if (!m.matches() || m.group(2).equals("s")) return -1; // "the 1920s" is a decade
        int y = Integer.parseInt(m.group(1));
        return y >= 1000 && y <= 2100 ? y : -1;
    }

    private static int day(Token t) {
        if (t.shape() != Shape.NUMBER) return -1;
        Matcher m = DAY.matcher(t.text());
        if (!m.matches()) return -1;
        int d = Integer.parseInt(m.group(1));
        return d >= 1 && d <= 31 ? d : -1;
    }

    private int skip(int k, Concept... words) {
        while (k < tokens.size() && anyOf(tokens.get(k), words)) k++;
        return k;
    }

    private static boolean anyOf(Token t, Concept... cs) {
        for (Concept c : cs) if (t.has(c)) return true;
        return false;
    }

    private int skipPunct(int k, char... cs) {
        while (k < tokens.size()) {
            boolean skipped = false;
            for (char c : cs) skipped |= tokens.get(k).isPunct(c);
            if (!skipped) return k;
            k++;
        }
        return k;
    }
}
