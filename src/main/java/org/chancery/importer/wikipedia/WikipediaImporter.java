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

    /** An article's subject, its address and rows, as read. */
    record Article(String title, String file, String url, List<Row> rows) {
    }

    /** A row with its date cell read (the date, when it names one, and its plain text): work that needs no territory. */
    record Row(TableRow row, Optional<PartialDate> date, String dateText) {
        static Row of(TableRow r) {
            String text = WikiDates.text(r.dateCell());
            return new Row(r, WikiDates.parseText(text), text);
        }

        String country() {
            return row.country();
        }
    }

    /** A dated row resolved to two territories. */
    private record Entry(TerritoryId subject, TerritoryId other, PartialDate date, Row row, Article article) {
    }

    /** Reads the folder; an absent folder reads as nothing. */
    public static WikipediaResult read(Path dir, List<Territory> territories, Map<String, GshTerritory> gsh) {
        return resolve(parse(dir), territories, gsh);
    }

    /** The articles of a folder with their tables' rows, read on all cores; none when the folder is absent. */
    public record Articles(boolean present, List<Article> list) {
        public Articles {
            list = List.copyOf(list);
        }
    }

    /** Reads every article's wikitext into rows; names no territory yet, so it may run before the territories are known. */
    public static Articles parse(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) return new Articles(false, List.of());
        return new Articles(true, files(dir).parallelStream().map(f -> article(dir, f)).toList());
    }

    /** The events of the parsed articles' rows, each country resolved among {@code territories} and {@code gsh}. */
    public static WikipediaResult resolve(Articles articlesRead, List<Territory> territories, Map<String, GshTerritory> gsh) {
        if (!articlesRead.present()) return WikipediaResult.none();
        List<Article> articles = articlesRead.list();
        CountryResolver resolver = new CountryResolver(territories, gsh);
        // some 42,000 rows name a few hundred countries: each name is resolved once
        Map<String, Optional<TerritoryId>> resolved = new java.util.HashMap<>();
        java.util.function.Function<String, Optional<TerritoryId>> resolve = name -> resolved.computeIfAbsent(name, resolver::resolve);
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> unresolved = new TreeMap<>();
        Map<String, List<Entry>> byPair = new java.util.HashMap<>();
        int read = 0;
        int parsed = 0;
        for (Article a : articles) {
            String subjectName = a.title.substring(PREFIX.length());
            Optional<TerritoryId> subject = resolve.apply(subjectName);
            if (subject.isEmpty()) {
                findings.add(new Finding(DATASET, a.file, "the article's country \"" + subjectName + "\" is no territory of the record: "
                        + a.rows.size() + " rows left out"));
                unresolved.merge(subjectName, a.rows.size(), Integer::sum);
            }
            for (Row r : a.rows) {
                read++;
                Optional<PartialDate> date = r.date();
                if (date.isEmpty()) {
                    findings.add(new Finding(DATASET, a.file + ":" + r.row().line(), r.country() + ": no single date in \""
                            + r.dateText() + "\""));
                    continue;
                }
                parsed++;
                if (subject.isEmpty()) continue;
                Optional<TerritoryId> other = resolve.apply(r.country());
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
        // each pair is read on its own, on all cores, and the pairs are taken in the order of their keys
        List<Paired> paired = byPair.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()
                .parallelStream().map(e -> pair(e.getValue())).toList();
        List<Event> events = new ArrayList<>();
        List<WikipediaResult.Disagreement> disagreements = new ArrayList<>();
        for (Paired p : paired) {
            events.addAll(p.events());
            if (p.disagreement() != null) {
                disagreements.add(p.disagreement());
                findings.add(p.finding());
            }
        }
        return new WikipediaResult(articles.size(), read, parsed, unresolved, byPair.size(), disagreements, events, findings,
                List.copyOf(resolver.created().values()));
    }

    /** The events of one pair, and where its articles disagree the disagreement and its finding. */
    private record Paired(List<Event> events, WikipediaResult.Disagreement disagreement, Finding finding) {
    }

    private static Paired pair(List<Entry> entries) {
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
            return new Paired(List.of(new Event(base, EventKind.RELATIONS_ESTABLISHED, parties, List.of(), finest.date, title(finest.date),
                    text(firsts), cites.get(0), cites.subList(1, cites.size()))), null, null);
        }
        Entry a = firsts.get(0);
        Entry b = firsts.get(1);
        List<Event> events = new ArrayList<>();
        int n = 0;
        for (Entry e : firsts) {
            events.add(new Event(base + ":" + (++n), EventKind.RELATIONS_ESTABLISHED, parties, List.of(), e.date, title(e.date),
                    text(List.of(e)), citation(e)));
        }
        return new Paired(events, new WikipediaResult.Disagreement(a.subject, a.other, a.article.title, a.date, b.article.title, b.date),
                new Finding(DATASET, pairKey(a.subject, a.other), "the articles disagree: " + a.article.title + " gives "
                        + a.date + ", " + b.article.title + " gives " + b.date + "; both kept"));
    }

    private static String title(PartialDate d) {
        return "Diplomatic Relations Established, " + d.year();
    }

    private static String text(List<Entry> entries) {
        StringBuilder b = new StringBuilder();
        for (Entry e : entries) {
            if (!b.isEmpty()) b.append(' ');
            b.append(e.article.title).append(" lists ").append(e.row.country()).append(" with the date ")
                    .append(e.row.dateText()).append('.');
        }
        return b.toString();
    }

    static Citation citation(Entry e) {
        return new Citation(DATASET, e.article.file, e.article.title + "#" + e.row.country(),
                e.row.country() + ": " + e.row.dateText(), e.article.url, Citation.WIKIPEDIA_CREDIT);
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
        return new Article(title, dir.getFileName() + "/" + dir.relativize(file), url(title),
                WikiTables.rows(title, text).stream().map(Row::of).toList());
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir, 2)) {
            return s.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
