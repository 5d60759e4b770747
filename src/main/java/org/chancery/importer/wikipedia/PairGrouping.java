package org.chancery.importer.wikipedia;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.chancery.date.PartialDate;
import org.chancery.importer.wikipedia.WikipediaImporter.Article;
import org.chancery.importer.wikipedia.WikipediaImporter.Entry;
import org.chancery.importer.wikipedia.WikipediaImporter.Row;
import org.chancery.record.Finding;
import org.chancery.territory.TerritoryId;

/**
 * The articles' dated rows grouped by pair of territories, with the counts and findings of the
 * grouping. One small method per row. Why: the grouping runs once per import, on the sequential
 * path; a loop over 42,000 rows inside one long method runs in the interpreter until the JIT
 * replaces it on the stack, while a method called per row is compiled after a few hundred calls.
 */
final class PairGrouping {
    private final CountryResolver resolver;
    // some 42,000 rows name a few hundred countries: each name is resolved once
    private final Map<String, Optional<TerritoryId>> resolved = new HashMap<>();
    private final Map<String, List<Entry>> byPair = new HashMap<>();
    private final List<String> keys = new ArrayList<>();
    final Map<String, Integer> unresolved = new TreeMap<>();
    final List<Finding> findings = new ArrayList<>();
    int read;
    int parsed;

    PairGrouping(CountryResolver resolver) {
        this.resolver = resolver;
    }

    void add(Article a) {
        String subjectName = a.title().substring(WikipediaImporter.PREFIX.length());
        Optional<TerritoryId> subject = resolve(subjectName);
        if (subject.isEmpty()) {
            findings.add(new Finding(WikipediaImporter.DATASET, a.file(), "the article's country \"" + subjectName
                    + "\" is no territory of the record: " + a.rows().size() + " rows left out"));
            unresolved.merge(subjectName, a.rows().size(), Integer::sum);
        }
        TerritoryId s = subject.orElse(null);
        // forEach, not a loop here: the list's own forEach is compiled code long before this method is
        a.rows().forEach(r -> add(a, s, r));
    }

    private void add(Article a, TerritoryId subject, Row r) {
        read++;
        Optional<PartialDate> date = r.date();
        if (date.isEmpty()) {
            findings.add(new Finding(WikipediaImporter.DATASET, a.file() + ":" + r.row().line(), r.country()
                    + ": no single date in \"" + r.dateText() + "\""));
            return;
        }
        parsed++;
        if (subject == null) return;
        Optional<TerritoryId> other = resolve(r.country());
        if (other.isEmpty()) {
            unresolved.merge(r.country(), 1, Integer::sum);
            return;
        }
        if (other.get().equals(subject)) return;
        String key = pairKey(subject, other.get());
        List<Entry> entries = byPair.get(key);
        if (entries == null) {
            entries = new ArrayList<>(2);
            byPair.put(key, entries);
            keys.add(key);
        }
        entries.add(new Entry(subject, other.get(), date.get(), r, a));
    }

    private Optional<TerritoryId> resolve(String name) {
        Optional<TerritoryId> id = resolved.get(name);
        if (id == null) {
            id = resolver.resolve(name);
            resolved.put(name, id);
        }
        return id;
    }

    int pairs() {
        return byPair.size();
    }

    /** The pairs' keys ({@code france:russia}) in order. */
    String[] keys() {
        String[] sorted = keys.toArray(new String[0]);
        Arrays.sort(sorted);
        return sorted;
    }

    List<Entry> entries(String key) {
        return byPair.get(key);
    }

    static String pairKey(TerritoryId a, TerritoryId b) {
        return a.compareTo(b) <= 0 ? a.value() + ":" + b.value() : b.value() + ":" + a.value();
    }
}
