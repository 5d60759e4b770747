package org.chancery.anniversary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chancery.date.PartialDate;
import org.chancery.territory.TerritoryId;

/**
 * Russian as posts write it, all of it from data files beside this class: territories' names in
 * their cases over time ({@code ru-territories.tsv}), chiefs' titles ({@code ru-ranks.tsv}),
 * persons' names in Cyrillic ({@code ru-names.tsv}, else transcribed by {@code ru-transcription.tsv}).
 */
final class RussianWords {
    /** The cases a post needs; {@link #LOC} carries its preposition ("в Советском Союзе", "на Кубе"). */
    enum Case { NOM, GEN, DAT, ACC, INS, LOC }

    /** A name in each case. */
    record Forms(List<String> byCase) {
        String in(Case c) {
            return byCase.get(c.ordinal());
        }
    }

    /** A person's name in Cyrillic and whether the given name is a woman's (the verb agrees with it). */
    record PersonName(String text, boolean feminine) {
    }

    private record TerritoryRow(TerritoryId id, PartialDate from, PartialDate to, Forms forms) {
        boolean holdsOn(LocalDate d) {
            return (from == null || !d.isBefore(from.start())) && (to == null || !d.isAfter(to.end()));
        }
    }

    private record Rule(String english, String russian, boolean atStart, boolean atEnd) {
    }

    static final RussianWords DATA = load();

    private final List<TerritoryRow> territories;
    private final Map<String, Forms> ranks;
    private final Map<String, String[]> names;
    private final List<Rule> rules;

    private RussianWords(List<TerritoryRow> territories, Map<String, Forms> ranks, Map<String, String[]> names, List<Rule> rules) {
        this.territories = territories;
        this.ranks = ranks;
        this.names = names;
        this.rules = rules;
    }

    /** The territory's Russian name on the day, in every case; empty when the table has no row for it. */
    Optional<Forms> territory(TerritoryId id, LocalDate on) {
        return territories.stream().filter(r -> r.id().equals(id) && r.holdsOn(on)).map(TerritoryRow::forms).findFirst();
    }

    /** A chief's title in Russian (nominative, genitive, instrumental in NOM, GEN, INS); empty when unknown. */
    Optional<Forms> rank(String englishTitle) {
        return Optional.ofNullable(ranks.get(englishTitle.strip()));
    }

    /** "William Christian Bullitt" → "Уильям Кристиан Буллит"; initials keep their letter ("T." → "Т."). */
    PersonName person(String english) {
        List<String> out = new ArrayList<>();
        boolean feminine = false;
        boolean first = true;
        for (String word : english.strip().split("\\s+")) {
            String[] known = names.get(word.replace(".", "").toLowerCase(Locale.ROOT));
            if (known != null && !word.endsWith(".")) {
                out.add(known[0]);
                if (first) feminine = "f".equals(known[1]);
            } else {
                out.add(transcribe(word));
            }
            first = false;
        }
        return new PersonName(String.join(" ", out), feminine);
    }

    /** Letter groups by the transcription table, longest first; hyphens and dots kept; the first letter capital. */
    String transcribe(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < w.length()) {
            Rule best = null;
            for (Rule r : rules) {
                if (!w.startsWith(r.english(), i)) continue;
                if (r.atStart() && i != 0 && Character.isLetter(w.charAt(i - 1))) continue;
                int end = i + r.english().length();
                if (r.atEnd() && end < w.length() && Character.isLetter(w.charAt(end))) continue;
                boolean anchored = r.atStart() || r.atEnd();
                if (best == null || r.english().length() > best.english().length()
                        || r.english().length() == best.english().length() && anchored) best = r;
            }
            if (best == null) {
                b.append(w.charAt(i));
                i++;
            } else {
                b.append(best.russian());
                i += best.english().length();
            }
        }
        StringBuilder cap = new StringBuilder();
        boolean start = true;
        for (char c : b.toString().toCharArray()) {
            cap.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == ' ';
        }
        return cap.toString();
    }

    private static RussianWords load() {
        List<TerritoryRow> territories = new ArrayList<>();
        for (String[] f : rows("ru-territories.tsv", 9)) {
            territories.add(new TerritoryRow(new TerritoryId(f[0]), f[1].isEmpty() ? null : PartialDate.parse(f[1]),
                    f[2].isEmpty() ? null : PartialDate.parse(f[2]), new Forms(List.of(f[3], f[4], f[5], f[6], f[7], f[8]))));
        }
        Map<String, Forms> ranks = new HashMap<>();
        for (String[] f : rows("ru-ranks.tsv", 4)) ranks.put(f[0], new Forms(List.of(f[1], f[2], f[1], f[1], f[3], f[1])));
        Map<String, String[]> names = new HashMap<>();
        for (String[] f : rows("ru-names.tsv", 3)) names.putIfAbsent(f[0].toLowerCase(Locale.ROOT), new String[] {f[1], f[2]});
        List<Rule> rules = new ArrayList<>();
        for (String[] f : rows("ru-transcription.tsv", 1)) {
            String g = f[0];
            boolean start = g.startsWith("^");
            boolean end = g.endsWith("$");
            g = g.substring(start ? 1 : 0, g.length() - (end ? 1 : 0));
            rules.add(new Rule(g, f.length > 1 ? f[1] : "", start, end));
        }
        return new RussianWords(territories, ranks, names, rules);
    }

    private static List<String[]> rows(String file, int columns) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = RussianWords.class.getResourceAsStream(file);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length < columns) throw new IllegalStateException(file + " line " + n + ": expected " + columns + " columns");
                out.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
