package org.chancery.importer.wikipedia;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
    static final String PREFIX = "Foreign relations of ";
    private static final JsonFactory JSON = new JsonFactory();

    private WikipediaImporter() {
    }

    /** An article's subject, its address and rows, as read. */
    record Article(String title, String file, String url, List<Row> rows) {
    }

    /**
     * A row with its date cell read (the date, when it names one, and its plain text), and for a dated row its
     * citation and its sentence in an event's text: work that needs no territory, done on all cores while parsing.
     */
    record Row(TableRow row, Optional<PartialDate> date, String dateText, Citation citation, String sentence) {
        static Row of(TableRow r, String file, String url) {
            String text = WikiDates.text(r.dateCell());
            Optional<PartialDate> date = WikiDates.parseText(text);
            if (date.isEmpty()) return new Row(r, date, text, null, null);
            Citation c = new Citation(DATASET, file, r.article() + "#" + r.country(), r.country() + ": " + text, url,
                    Citation.WIKIPEDIA_CREDIT);
            return new Row(r, date, text, c, r.article() + " lists " + r.country() + " with the date " + text + ".");
        }

        String country() {
            return row.country();
        }
    }

    /** A dated row resolved to two territories. */
    record Entry(TerritoryId subject, TerritoryId other, PartialDate date, Row row, Article article) {
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
        PairGrouping grouping = new PairGrouping(resolver);
        for (Article a : articles) grouping.add(a);
        List<Finding> findings = grouping.findings;
        grouping.unresolved.forEach((name, n) -> findings.add(new Finding(DATASET, "name", "\"" + name + "\" (" + n
                + " rows) names no territory of the record")));
        // each pair is read on its own, on all cores, and the pairs are taken in the order of their keys
        List<Paired> paired = Arrays.asList(grouping.keys()).parallelStream().map(k -> pair(k, grouping.entries(k))).toList();
        List<Event> events = new ArrayList<>(paired.size() + paired.size() / 8);
        List<WikipediaResult.Disagreement> disagreements = new ArrayList<>();
        for (Paired p : paired) p.addTo(events, disagreements, findings);
        return new WikipediaResult(articles.size(), grouping.read, grouping.parsed, grouping.unresolved, grouping.pairs(), disagreements,
                events, findings,
                List.copyOf(resolver.created().values()));
    }

    /** The events of one pair, and where its articles disagree the disagreement and its finding. */
    private record Paired(List<Event> events, WikipediaResult.Disagreement disagreement, Finding finding) {
        void addTo(List<Event> allEvents, List<WikipediaResult.Disagreement> disagreements, List<Finding> findings) {
            allEvents.addAll(events);
            if (disagreement != null) {
                disagreements.add(disagreement);
                findings.add(finding);
            }
        }
    }

    private static Paired pair(String key, List<Entry> entries) {
        // the first establishment each article knows: its earliest row for the pair, the first such row on a tie
        Map<String, Entry> firstByArticle = new TreeMap<>();
        for (Entry e : entries) firstByArticle.merge(e.article.title, e, (x, y) -> y.date.start().isBefore(x.date.start()) ? y : x);
        List<Entry> firsts = new ArrayList<>(firstByArticle.values());
        Entry any = firsts.get(0);
        boolean agree = true;
        Entry finest = any;
        for (Entry e : firsts) {
            agree &= e.date.agreesWith(any.date);
            if (e.date.precision().compareTo(finest.date.precision()) > 0) finest = e;
        }
        List<TerritoryId> parties = List.of(any.subject, any.other);
        String base = "wikipedia:" + key;
        if (agree) {
            List<Citation> others = new ArrayList<>(firsts.size() - 1);
            StringBuilder text = new StringBuilder(any.row.sentence());
            for (Entry e : firsts.subList(1, firsts.size())) {
                others.add(e.row.citation());
                text.append(' ').append(e.row.sentence());
            }
            return new Paired(List.of(new Event(base, EventKind.RELATIONS_ESTABLISHED, parties, List.of(), finest.date, title(finest.date),
                    text.toString(), any.row.citation(), others)), null, null);
        }
        Entry a = firsts.get(0);
        Entry b = firsts.get(1);
        List<Event> events = new ArrayList<>();
        int n = 0;
        for (Entry e : firsts) {
            events.add(new Event(base + ":" + (++n), EventKind.RELATIONS_ESTABLISHED, parties, List.of(), e.date, title(e.date),
                    e.row.sentence(), e.row.citation()));
        }
        return new Paired(events, new WikipediaResult.Disagreement(a.subject, a.other, a.article.title, a.date, b.article.title, b.date),
                new Finding(DATASET, key, "the articles disagree: " + a.article.title + " gives "
                        + a.date + ", " + b.article.title + " gives " + b.date + "; both kept"));
    }

    private static String title(PartialDate d) {
        return "Diplomatic Relations Established, " + d.year();
    }

    /** The article's address on English Wikipedia. */
    static String url(String title) {
        return "https://en.wikipedia.org/wiki/" + URLEncoder.encode(title.replace(' ', '_'), StandardCharsets.UTF_8)
                .replace("%28", "(").replace("%29", ")").replace("%2C", ",");
    }

    private static Article article(Path dir, Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        // the file name stands "(" and ")" as "_": "Georgia _country_" is "Georgia (country)"
        String title = name.replaceAll(" _([^_]+)_$", " ($1)");
        String text = wikitext(file);
        String fileName = dir.getFileName() + "/" + dir.relativize(file);
        String url = url(title);
        List<Row> rows = new ArrayList<>();
        for (TableRow r : WikiTables.rows(title, text)) rows.add(Row.of(r, fileName, url));
        return new Article(title, fileName, url, java.util.Collections.unmodifiableList(rows));
    }

    /**
     * The one JSON string a file holds, read with Jackson's streaming parser: a whole object mapper
     * (modules, serializers) is set up for nothing else in an import.
     */
    private static String wikitext(Path file) {
        try (JsonParser p = JSON.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.VALUE_STRING) throw new DataIntegrityException(file + ": not one JSON string");
            String text = p.getText();
            if (p.nextToken() != null) throw new DataIntegrityException(file + ": not one JSON string: more follows it");
            return text;
        } catch (IOException e) {
            throw new DataIntegrityException(file + ": not one JSON string: " + e.getMessage());
        }
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir, 2)) {
            return s.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
