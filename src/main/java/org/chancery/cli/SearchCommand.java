package org.chancery.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chancery.event.Event;
import org.chancery.json.Json;
import org.chancery.person.Person;
import org.chancery.record.RecordQueries;
import org.chancery.store.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Persons whose name matches (\"William Bullitt\", \"Bullitt, William\", \"Буллит\", small typos)",
                "and events whose title or text matches all the words, best first",
                "(stemmed: 'recognize' finds 'recognized')."})
final class SearchCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;
    @Mixin
    FormatOption format;

    @Parameters(arity = "1..*", paramLabel = "WORDS", description = "Words to look for.")
    List<String> words;
    @Option(names = "--limit", defaultValue = "20", description = "At most this many results (1-" + RecordQueries.MAX_SEARCH_RESULTS
            + ", default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        String query = String.join(" ", words);
        try (SqliteStore s = store.openExisting()) {
            RecordQueries q = store.queries(s);
            List<Person> persons = q.persons(query, limit);
            List<Event> hits = q.search(query, limit);
            // when the limit may have cut the list, the whole bounded answer says how many matched
            int matched = hits.size() < limit ? hits.size() : q.search(query, RecordQueries.MAX_SEARCH_RESULTS).size();
            if (format.json()) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("query", query);
                out.put("persons", persons);
                out.put("events", hits);
                System.out.println(Json.write(out));
                return ExitCodes.OK;
            }
            if (!persons.isEmpty()) {
                System.out.printf("%d %s '%s'%n", persons.size(), persons.size() == 1 ? "person matches" : "persons match", query);
                for (Person p : persons) System.out.printf("  %-40s %s%n", p.displayName() + life(p), p.url());
            }
            System.out.println(header(hits.size(), matched, query));
            for (Event e : hits) {
                System.out.printf("%-10s  %-22s %-28s %s%n", e.date(), e.kind().slug(), String.join(" – ",
                        e.parties().stream().map(Object::toString).toList()), e.title());
                System.out.printf("%-35s %s%n", "", e.citation().url());
            }
        }
        return ExitCodes.OK;
    }

    /** "10 events match 'x'", or when the limit cuts the list, "first 10 of 269 events matching 'x'". */
    static String header(int shown, int matched, String query) {
        if (shown == matched) return shown + (shown == 1 ? " event matches '" : " events match '") + query + "'";
        String of = matched >= RecordQueries.MAX_SEARCH_RESULTS ? matched + " or more" : Integer.toString(matched);
        return "first " + shown + " of " + of + " events matching '" + query + "' (--limit shows more)";
    }

    private static String life(Person p) {
        if (p.birth() == null && p.death() == null) return "";
        return " (" + (p.birth() == null ? "?" : p.birth()) + "–" + (p.death() == null ? "" : p.death()) + ")";
    }
}
