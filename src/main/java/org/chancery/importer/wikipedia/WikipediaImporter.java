package org.chancery.importer.wikipedia;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.chancery.date.PartialDate;
import org.chancery.error.DataIntegrityException;
import org.chancery.error.SourceUnavailableException;
import org.chancery.event.Citation;
import org.chancery.event.Event;
import org.chancery.event.EventKind;
import org.chancery.importer.gsh.GshTerritory;
import org.chancery.json.Json;
import org.chancery.record.Finding;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;

/**
 * Reads every article of {@code wikipedia-relations}, in parallel, and makes one
 * {@code relations-established} event per pair of territories. The table gives the first
 * establishment known to the article, so that is what the event says; where the two articles of a
 * pair agree (at the coarser of their precisions) the event cites both; where they disagree each
 * article's date becomes its own event and a finding names both.
 */
public final class WikipediaImporter {
    public static final String DATASET = "wikipedia";
    private static final String PREFIX = "Foreign relations of ";

    private WikipediaImporter() {
    }

    /** An article's subject and rows, as read. */
    private record Article(String title, String file, List<TableRow> rows) {
    }

    /** A dated row resolved to two territories. */
    private record Entry(TerritoryId subject, TerritoryId other, PartialDate date, TableRow row, Article article) {
    }

    /** Reads the folder; an absent folder reads as nothing. */
    public static WikipediaResult read(Path dir, List<Territory> territories, Map<String, GshTerritory> gsh) {
        if (dir == null || !Files.isDirectory(dir)) return WikipediaResult.none();
        List<Path> files = files(dir);
        List<Article> articles = files.parallelStream().map(f -> article(dir, f)).toList();
        CountryResolver resolver = new CountryResolver(territories, gsh);
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> unresolved = new TreeMap<>();
        Map<String, List<Entry>> byPair = new TreeMap<>();
        int read = 0;
        int parsed = 0;
        for (Article a : articles) {
            String subjectName = a.title.substring(PREFIX.length());
            Optional<TerritoryId> subject = resolver.resolve(subjectName);
            if (subject.isEmpty()) {
                findings.add(new Finding(DATASET, a.file, "the article's country \"" + subjectName + "\" is no territory of the record: "
                        + a.rows.size() + " rows left out"));
                unresolved.merge(subjectName, a.rows.size(), Integer::sum);
            }
            for (TableRow r : a.rows) {
                read++;
                Optional<PartialDate> date = WikiDates.parse(r.dateCell());
                if (date.isEmpty()) {
                    findings.add(new Finding(DATASET, a.file + ":" + r.line(), r.country() + ": no single date in \""
                            + WikiDates.text(r.dateCell()) + "\""));
                    continue;
                }
                parsed++;
                if (subject.isEmpty()) continue;
                Optional<TerritoryId> other = resolver.resolve(r.country());
                if (other.isEmpty()) {
                    unresolved.merge(r.country(), 1, Integer::sum);
                    continue;
                }
                if (other.get().equals(subject.get())) continue;
                Entry e = new Entry(subject.get(), other.get(), date.get(), r, a);
                byPair.computeIfAbsent(pairKey(e.subject, e.other), k -> new ArrayList<>()).add(e);
            }
        }
        unresolved.forEach((name, n) -> findings.add(new Finding(DATASET, "name", "\"" + name + "\" (" + n
                + " rows) names no territory of the record")));
        List<Event> events = new ArrayList<>();
        List<WikipediaResult.Disagreement> disagreements = new ArrayList<>();
        for (List<Entry> entries : byPair.values()) pair(entries, events, disagreements, findings);
        return new WikipediaResult(articles.size(), read, parsed, unresolved, byPair.size(), disagreements, events, findings,
                List.copyOf(resolver.created().values()));
    }

    private static void pair(List<Entry> entries, List<Event> events, List<WikipediaResult.Disagreement> disagreements,
                             List<Finding> findings) {
        // the first establishment each article knows: its earliest row for the pair
        Map<String, Entry> firstByArticle = new TreeMap<>();
        for (Entry e : entries) firstByArticle.merge(e.article.title, e, (x, y) -> y.date.start().isBefore(x.date.start()) ? y : x);
        List<Entry> firsts = new ArrayList<>(firstByArticle.values());
        boolean agree = firsts.stream().allMatch(e -> e.date.agreesWith(firsts.get(0).date));
        Entry any = firsts.get(0);
        List<TerritoryId> parties = List.of(any.subject, any.other);
        String base = "wikipedia:" + pairKey(any.subject, any.other);
        if (agree) {
            Entry finest = firsts.stream().max(Comparator.comparing((Entry e) -> e.date.precision())).orElseThrow();
            List<Citation> cites = firsts.stream().map(WikipediaImporter::citation).toList();
            events.add(new Event(base, EventKind.RELATIONS_ESTABLISHED, parties, List.of(), finest.date, title(finest.date),
                    text(firsts), cites.get(0), cites.subList(1, cites.size())));
            return;
        }
        Entry a = firsts.get(0);
        Entry b = firsts.get(1);
        disagreements.add(new WikipediaResult.Disagreement(a.subject, a.other, a.article.title, a.date, b.article.title, b.date));
        findings.add(new Finding(DATASET, pairKey(a.subject, a.other), "the articles disagree: " + a.article.title + " gives "
                + a.date + ", " + b.article.title + " gives " + b.date + "; both kept"));
        int n = 0;
        for (Entry e : firsts) {
            events.add(new Event(base + ":" + (++n), EventKind.RELATIONS_ESTABLISHED, parties, List.of(), e.date, title(e.date),
                    text(List.of(e)), citation(e)));
        }
    }

    private static String title(PartialDate d) {
        return "Diplomatic Relations Established, " + d.year();
    }

    private static String text(List<Entry> entries) {
        StringBuilder b = new StringBuilder();
        for (Entry e : entries) {
            if (!b.isEmpty()) b.append(' ');
            b.append(e.article.title).append(" lists ").append(e.row.country()).append(" with the date ")
                    .append(WikiDates.text(e.row.dateCell())).append('.');
        }
        return b.toString();
    }

    static Citation citation(Entry e) {
        return new Citation(DATASET, e.article.file, e.article.title + "#" + e.row.country(),
                e.row.country() + ": " + WikiDates.text(e.row.dateCell()), url(e.article.title), Citation.WIKIPEDIA_CREDIT);
    }

    /** The article's address on English Wikipedia. */
    static String url(String title) {
        return "https://en.wikipedia.org/wiki/" + URLEncoder.encode(title.replace(' ', '_'), StandardCharsets.UTF_8)
                .replace("%28", "(").replace("%29", ")").replace("%2C", ",");
    }

    private static String pairKey(TerritoryId a, TerritoryId b) {
        return a.compareTo(b) <= 0 ? a.value() + ":" + b.value() : b.value() + ":" + a.value();
    }

    private static Article article(Path dir, Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        // the file name stands "(" and ")" as "_": "Georgia _country_" is "Georgia (country)"
        String title = name.replaceAll(" _([^_]+)_$", " ($1)");
        String text;
        try {
            text = Json.mapper().readValue(file.toFile(), String.class);
        } catch (IOException e) {
            throw new DataIntegrityException(file + ": not one JSON string: " + e.getMessage());
        }
        return new Article(title, dir.getFileName() + "/" + dir.relativize(file), WikiTables.rows(title, text));
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir, 2)) {
            return s.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
