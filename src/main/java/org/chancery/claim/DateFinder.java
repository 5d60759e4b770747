package org.chancery.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.date.DateMention;
import org.chancery.date.PartialDate;
import org.chancery.date.Precision;
import org.chancery.date.ProseDates;

/**
 * Finds the dates a post states, each at its own precision: English forms (through
 * {@link ProseDates}), a month and day whose year an earlier date gave ("on February 3"),
 * Russian forms ("16 ноября 1933 года", "в октябре 1933 г."), years counted back from the
 * post's date ("90 years ago", "90 лет назад"), and references to a date already given
 * ("on the same day", "that same year", "a year later", "immediately").
 */
final class DateFinder {
    private static final String RU_MONTHS_GEN = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";
    private static final String RU_MONTHS_PREP = "январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре";
    private static final Pattern RU_DAY = Pattern.compile("(?iuU)\\b(\\d{1,2})\\s+(" + RU_MONTHS_GEN + ")\\s+(\\d{4})(?:\\s*(?:года|г\\.))?");
    private static final Pattern RU_MONTH = Pattern.compile("(?iuU)\\bв\\s+(" + RU_MONTHS_PREP + ")\\s+(\\d{4})(?:\\s*(?:года|г\\.))?");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})");
    private static final Pattern YEARS_AGO = Pattern.compile(
            "(?iuU)\\b(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a hundred)\\s+years?\\s+ago\\b|\\b(\\d{1,3})\\s+(?:лет|года|год)\\s+назад");
    private static final Pattern YEARS_LATER = Pattern.compile("(?iuU)\\b(a|one|two|three|four|five|\\d{1,2})\\s+years?\\s+later\\b");
    private static final Pattern SAME_DAY = Pattern.compile("(?iuU)\\b(on )?the same day\\b|\\bthat (very )?day\\b|\\bв тот же день\\b");
    private static final Pattern SAME_YEAR = Pattern.compile("(?iuU)\\b(that|the) same year\\b|\\bthat year\\b|\\bв том же году\\b");
    private static final Pattern LINKED = Pattern.compile("(?iuU)\\bimmediately\\b|\\bunder the terms of the (treaty|agreement)\\b");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("a hundred", 100));

    private DateFinder() {
    }

    /**
     * Every date in the text, in order of position.
     *
     * @param asOf the post's date, anchoring "N years ago"; null when unknown
     */
    static List<DateMention> find(String text, LocalDate asOf) {
        List<DateMention> absolute = new ArrayList<>(ProseDates.find(text));
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        boolean cyrillic = CYRILLIC.matcher(text).find();
        if (cyrillic) addRussian(text, absolute);
        absolute.sort(Comparator.comparingInt(DateMention::start));
        List<DateMention> all = new ArrayList<>(absolute);
        // relative and referring forms take their value from what precedes them
        Matcher md = MONTH_DAY.matcher(text);
        while (md.find()) {
            if (overlaps(all, md.start(), md.end())) continue;
            DateMention prev = before(all, md.start());
            if (prev == null) continue;
            int month = ProseDates.monthNumber(md.group(1));
            try {
                all.add(new DateMention(PartialDate.ofDay(prev.date().year(), month, Integer.parseInt(md.group(2))), md.start(), md.end()));
            } catch (RuntimeException impossible) {
                // "February 30": no date
            }
        }
        if (asOf != null && (lower.contains("ago") || lower.contains("назад"))) {
            Matcher ago = YEARS_AGO.matcher(text);
            while (ago.find()) {
                String n = ago.group(1) != null ? ago.group(1) : ago.group(2);
                int years = n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : WORDS.getOrDefault(n.toLowerCase(), 0);
                if (years > 0) all.add(new DateMention(PartialDate.ofYear(asOf.getYear() - years), ago.start(), ago.end()));
            }
        }
        if (lower.contains("later")) referring(text, all, YEARS_LATER, (prev, m) -> {
            String n = m.group(1).toLowerCase();
            int years = n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : WORDS.getOrDefault(n, 1);
            return PartialDate.ofYear(prev.date().year() + years);
        });
        if (lower.contains(" day") || cyrillic) referring(text, all, SAME_DAY, (prev, m) -> prev.date());
        if (lower.contains("year") || cyrillic) referring(text, all, SAME_YEAR, (prev, m) -> PartialDate.ofYear(prev.date().year()));
        if (lower.contains("immediately") || lower.contains("under the terms")) referring(text, all, LINKED, (prev, m) -> prev.date());
        all.sort(Comparator.comparingInt(DateMention::start));
        return all;
    }

    private interface Resolver {
        PartialDate resolve(DateMention previous, Matcher m);
    }

    private static void referring(String text, List<DateMention> all, Pattern p, Resolver r) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            if (overlaps(all, m.start(), m.end())) continue;
            DateMention prev = before(all, m.start());
            if (prev != null) all.add(new DateMention(r.resolve(prev, m), m.start(), m.end()));
        }
    }

    private static void addRussian(String text, List<DateMention> found) {
        Matcher d = RU_DAY.matcher(text);
        while (d.find()) {
            int month = ruMonth(d.group(2), RU_MONTHS_GEN);
            try {
                replaceOverlapping(found, new DateMention(PartialDate.ofDay(Integer.parseInt(d.group(3)), month,
                        Integer.parseInt(d.group(1))), d.start(), d.end()));
            } catch (RuntimeException impossible) {
                // no such day
            }
        }
        Matcher m = RU_MONTH.matcher(text);
        while (m.find()) {
            replaceOverlapping(found, new DateMention(PartialDate.ofMonth(Integer.parseInt(m.group(2)), ruMonth(m.group(1), RU_MONTHS_PREP)),
                    m.start(), m.end()));
        }
    }

    private static int ruMonth(String word, String alternatives) {
        String[] names = alternatives.split("\\|");
        for (int i = 0; i < names.length; i++) if (names[i].equalsIgnoreCase(word)) return i + 1;
        return 1;
    }

    /** A longer Russian form replaces the bare year ProseDates found inside it. */
    private static void replaceOverlapping(List<DateMention> found, DateMention longer) {
        found.removeIf(d -> d.start() < longer.end() && longer.start() < d.end() && d.date().precision() == Precision.YEAR);
        if (!overlaps(found, longer.start(), longer.end())) found.add(longer);
    }

    private static boolean overlaps(List<DateMention> found, int s, int e) {
        for (DateMention d : found) if (s < d.end() && d.start() < e) return true;
        return false;
    }

    /** The last date that ends before a position. */
    private static DateMention before(List<DateMention> all, int pos) {
        DateMention best = null;
        for (DateMention d : all) {
            if (d.end() <= pos && (best == null || d.start() > best.start())) best = d;
        }
        return best;
    }
}
