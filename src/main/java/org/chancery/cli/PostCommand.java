package org.chancery.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.chancery.anniversary.Post;
import org.chancery.anniversary.PostWriter;
import org.chancery.anniversary.ShortPosts;
import org.chancery.date.PartialDate;
import org.chancery.event.Event;
import org.chancery.json.Json;
import org.chancery.record.RecordQueries;
import org.chancery.store.SqliteStore;
import org.chancery.territory.TerritoryId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "post", mixinStandardHelpOptions = true,
        description = {"A draft \"N years ago\" post for a day, built only from the record:",
                "the event of that day, what came before and after it for the same pair,",
                "each sentence with its source, and a sources block."})
final class PostCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;
    @Mixin
    FormatOption format;

    @Option(names = "--date", paramLabel = "DATE", description = "The day, YYYY-MM-DD (default: today).")
    String date;
    @Option(names = "--party", paramLabel = "TERRITORY", description = "Only events of this territory.")
    String party;
    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "en or ru (default: ${DEFAULT-VALUE}).")
    String lang;
    @Option(names = "--hashtags", split = ",", paramLabel = "TAG", description = "Hashtags to append, comma-separated.")
    List<String> hashtags;
    @Option(names = "--max-chars", paramLabel = "N", description = {"One post of at most N characters: the sentences that fit,",
            "their sources as addresses."})
    Integer maxChars;
    @Option(names = "--thread", description = {"The whole post as numbered parts of at most --max-chars characters",
            "(default 280) each."})
    boolean thread;

    @Override
    public Integer call() {
        LocalDate day = date == null ? LocalDate.now() : PartialDate.parseDay(date, "--date");
        try (SqliteStore s = store.openExisting()) {
            RecordQueries q = store.queries(s);
            TerritoryId p = party == null ? null : q.territory("--party", party).id();
            Post post = new PostWriter(s, q.gazetteer()).write(day, p, lang, hashtags);
            if (thread || maxChars != null) {
                Object shortForm = thread ? ShortPosts.thread(post, maxChars == null ? 280 : maxChars)
                        : ShortPosts.fit(post, maxChars);
                if (format.json()) System.out.println(Json.write(java.util.Map.of(thread ? "parts" : "text", shortForm)));
                else if (thread) System.out.println(String.join("\n\n", ShortPosts.thread(post, maxChars == null ? 280 : maxChars)));
                else System.out.println(shortForm);
                return ExitCodes.OK;
            }
            if (format.json()) {
                System.out.println(Json.write(post));
                return ExitCodes.OK;
            }
            System.out.println(post.render());
            if (!post.nearest().isEmpty()) {
                System.out.println();
                System.out.println("ru".equals(post.lang()) ? "Ближайшие годовщины:" : "Nearest anniversaries:");
                for (Event e : post.nearest()) {
                    System.out.printf("  %s  %-22s %s  (chancery post --date %s)%n", e.date(), e.kind().slug(), e.title(),
                            e.date().start().withYear(day.getYear()));
                }
            }
        }
        return ExitCodes.OK;
    }
}
