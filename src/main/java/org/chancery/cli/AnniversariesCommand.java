package org.chancery.cli;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.chancery.anniversary.Anniversary;
import org.chancery.anniversary.AnniversaryCalendar;
import org.chancery.anniversary.AnniversaryRule;
import org.chancery.anniversary.Calendar;
import org.chancery.anniversary.IcsFeed;
import org.chancery.anniversary.Window;
import org.chancery.date.PartialDate;
import org.chancery.event.EventKind;
import org.chancery.json.Json;
import org.chancery.record.RecordQueries;
import org.chancery.relations.Disagreement;
import org.chancery.store.SqliteStore;
import org.chancery.territory.Gazetteer;
import org.chancery.territory.TerritoryId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "anniversaries", mixinStandardHelpOptions = true,
        description = {"Round anniversaries of the record's events that fall in a window, sorted by date.",
                "Events known only to the month or the year are listed in their own sections, never on a day.",
                "The window is at most " + Window.MAX_DAYS + " days (ten years)."})
final class AnniversariesCommand implements Callable<Integer> {
    enum Format { text, json, ics }

    @Mixin
    StoreOptions store;

    @Option(names = "--from", paramLabel = "DATE", description = "First day, YYYY-MM-DD (default: today, in this computer's time zone).")
    String from;
    @Option(names = "--to", paramLabel = "DATE", description = "Last day, YYYY-MM-DD (default: 30 days after --from).")
    String to;
    @Option(names = "--party", paramLabel = "TERRITORY", description = "Only events of this territory.")
    String party;
    @Option(names = "--kinds", split = ",", paramLabel = "KIND",
            description = {"Event kinds, comma-separated (default: recognition, relations-*,",
                    "mission-*). Also: envoy-appointed, credentials-presented, treaty,",
                    "state-change, visit, other."})
    List<String> kinds;
    @Option(names = "--every", paramLabel = "YEARS", defaultValue = "5", description = "Round means a multiple of this many years (default: ${DEFAULT-VALUE}).")
    int every;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        LocalDate start = from == null ? LocalDate.now() : PartialDate.parseDay(from, "--from");
        LocalDate end = to == null ? start.plusDays(30) : PartialDate.parseDay(to, "--to");
        Window window = new Window(start, end);
        Set<EventKind> wanted = kinds == null ? AnniversaryRule.DEFAULT_KINDS : parseKinds(kinds);
        try (SqliteStore s = store.openExisting()) {
            RecordQueries q = store.queries(s);
            TerritoryId p = party == null ? null : q.territory("--party", party).id();
            Calendar cal = AnniversaryCalendar.between(s.allEvents(), window, new AnniversaryRule(every, wanted, p));
            switch (format) {
                case ics -> System.out.print(IcsFeed.write(cal, q.gazetteer()));
                case json -> System.out.println(Json.write(cal));
                case text -> print(cal, q.gazetteer());
            }
        }
        return ExitCodes.OK;
    }

    private static Set<EventKind> parseKinds(List<String> slugs) {
        Set<EventKind> out = EnumSet.noneOf(EventKind.class);
        for (String k : slugs) out.add(EventKind.fromSlug(k.strip()));
        return out;
    }

    private static void print(Calendar cal, Gazetteer g) {
        System.out.printf("Round anniversaries (every %d years) from %s to %s: %d%n", cal.rule().every(), cal.window().from(),
                cal.window().to(), cal.size());
        section("On the day", cal.days(), g);
        section("Known only to the month", cal.months(), g);
        section("Known only to the year", cal.years(), g);
    }

    private static void section(String title, List<Anniversary> list, Gazetteer g) {
        if (list.isEmpty()) return;
        System.out.printf("%n%s (%d)%n", title, list.size());
        // the label column is as wide as the section's longest label ("(date disputed)" included), so the text column stays straight
        int labelWidth = list.stream().mapToInt(a -> a.labelNoting().length()).max().orElse(0);
        String row = "%-10s  %-" + labelWidth + "s %s (%s, %s): %s%n";
        String more = " ".repeat(10 + 2 + labelWidth + 1) + "%s%n";
        for (Anniversary a : list) {
            String pair = String.join(" – ", a.event().parties().stream()
                    .map(t -> g.byId(t).map(x -> x.nameOn(a.event().date().start(), "en")).orElse(t.value())).toList());
            System.out.printf(row, a.on(), a.labelNoting(), a.event().kind().slug(), a.event().date(), pair,
                    a.event().title());
            for (org.chancery.event.Citation c : a.event().citations()) {
                System.out.printf(more, c.needsAttribution() ? c.record() + " · " + c.credit() + " · " + c.url() : c.url());
            }
            if (a.disagreement() == null) continue;
            System.out.printf(more, a.disagreement().statement());
            for (Disagreement.Account other : a.disagreement().besides(a.event().date())) {
                System.out.printf(more, other.source() + " · " + other.credit() + " · " + other.url());
            }
        }
    }
}
