package org.chancery.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.chancery.date.PartialDate;
import org.chancery.event.Citation;
import org.chancery.event.Event;
import org.chancery.json.Json;
import org.chancery.record.RecordQueries;
import org.chancery.relations.RelationStatus;
import org.chancery.store.SqliteStore;
import org.chancery.territory.Territory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "relations", mixinStandardHelpOptions = true,
        description = "The state of relations between two territories on a date, and the event that set it.")
final class RelationsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;
    @Mixin
    FormatOption format;

    @Parameters(index = "0", paramLabel = "A", description = "A territory: id, name or alias.")
    String a;
    @Parameters(index = "1", paramLabel = "B", description = "The other territory.")
    String b;
    @Option(names = "--on", paramLabel = "DATE", description = {"A day, YYYY-MM-DD (default: today), or a month or year",
            "(YYYY-MM, YYYY): the state at its start and each change during it."})
    String on;

    @Override
    public Integer call() {
        PartialDate when = on == null ? PartialDate.of(LocalDate.now()) : PartialDate.parse(on, "--on");
        LocalDate day = when.start();
        try (SqliteStore s = store.openExisting()) {
            RecordQueries q = store.queries(s);
            Territory ta = q.territory("A", a);
            Territory tb = q.territory("B", b);
            if (when.precision() != org.chancery.date.Precision.DAY) {
                printDuring(q.relationsDuring(ta.id(), tb.id(), when), ta, tb);
                return ExitCodes.OK;
            }
            RelationStatus st = q.relations(ta.id(), tb.id(), day);
            if (format.json()) {
                System.out.println(Json.write(st));
            } else {
                System.out.printf("%s – %s on %s: %s%n", ta.nameOn(day, "en"), tb.nameOn(day, "en"), day, st.state().description());
                Event e = st.setBy();
                if (e != null) {
                    System.out.printf("  since %s (%s): %s%n", e.date(), e.kind().slug(), e.title());
                    for (Citation c : e.citations()) System.out.print(Citations.text(c));
                }
                if (st.disagreement() != null) System.out.printf("  %s%n", st.disagreement().statement());
                for (String c : st.coverage()) System.out.printf("  coverage: %s%n", c);
            }
        }
        return ExitCodes.OK;
    }

    private void printDuring(org.chancery.relations.RelationsDuring r, Territory ta, Territory tb) {
        if (format.json()) {
            System.out.println(Json.write(r));
            return;
        }
        LocalDate first = r.during().start();
        System.out.printf("%s – %s during %s: %s on %s%s%n", ta.nameOn(first, "en"), tb.nameOn(first, "en"), r.during(),
                r.atStart().state().description(), first, r.changes().isEmpty() ? ", unchanged through " + r.during().end() : "");
        for (RelationStatus c : r.changes()) {
            Event e = c.setBy();
            // a change at another source's date of an earlier event (the sources' disagreement ends) is dated by that day
            boolean atEvent = e.date().start().equals(c.on());
            System.out.printf("  %s: %s (%s): %s%n", atEvent ? e.date() : c.on(), c.state().description()
                    + (atEvent ? "" : " by every source's date"), e.kind().slug(), e.title());
            System.out.printf("  \"%s\"%n  %s %s · %s%n", e.citation().quote(), e.citation().dataset(), e.citation().file(), e.citation().url());
        }
        if (r.atEnd().disagreement() != null) System.out.printf("  %s%n", r.atEnd().disagreement().statement());
    }
}
