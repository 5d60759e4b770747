package org.chancery.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chancery.date.PartialDate;
import org.chancery.event.Citation;
import org.chancery.json.Json;
import org.chancery.mission.MissionStatus;
import org.chancery.mission.Missions;
import org.chancery.mission.Tenure;
import org.chancery.record.RecordQueries;
import org.chancery.store.SqliteStore;
import org.chancery.territory.Territory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "missions", mixinStandardHelpOptions = true,
        description = {"The U.S. mission in a territory on a date: its kind (embassy, legation, interests section,",
                "liaison office, consulate only, none), the chief of mission in post and whether resident,",
                "and the state of relations, each with the record that set it.",
                "Without --on, the periods in order."})
final class MissionsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;
    @Mixin
    FormatOption format;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TERRITORY", description = "A territory: id, name or alias.")
    String territory;
    @Option(names = "--on", paramLabel = "DATE", description = "The day, YYYY-MM-DD.")
    String on;

    @Override
    public Integer call() {
        LocalDate day = on == null ? null : PartialDate.parseDay(on);
        PrintWriter out = spec.commandLine().getOut();
        try (SqliteStore s = store.openExisting()) {
            RecordQueries q = store.queries(s);
            Territory t = q.territory("TERRITORY", territory);
            Missions missions = q.missions(t.id());
            if (day != null) {
                MissionStatus m = missions.on(day);
                if (format.json()) out.println(Json.write(m));
                else printDay(out, q, t, m);
            } else {
                List<MissionStatus> periods = missions.periods();
                if (format.json()) out.println(Json.write(Map.of("territory", t.id(), "periods", periods)));
                else printPeriods(out, q, t, periods);
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static void printDay(PrintWriter out, RecordQueries q, Territory t, MissionStatus m) {
        out.printf("U.S. mission to %s on %s%n", t.nameOn(m.from(), "en"), m.from());
        out.printf("  relations  %s%n", m.relations().description());
        source(out, m.relationsSource());
        out.printf("  mission    %s%s%n", m.kind().description(),
                m.protectingPower() == null ? "" : ", protecting power: " + m.protectingPower());
        if (m.kindSource() == null) out.printf("  %-10s the record names no U.S. mission up to this day%n", "");
        source(out, m.kindSource());
        Tenure c = m.chief();
        if (c == null) {
            out.printf("  chief      none in post%n");
        } else {
            out.printf("  chief      %s, %s, %s%s%n", q.person(c.person()).displayName(), c.roleTitle(), c.credentials(), end(c));
            out.printf("  residence  %s%s%n", m.residence().description(), m.residenceNote() == null ? "" : " (" + m.residenceNote() + ")");
            source(out, c.citation());
        }
    }

    /** One line per period of relations and mission kind, with the record that set the kind and the chiefs in post. */
    private static void printPeriods(PrintWriter out, RecordQueries q, Territory t, List<MissionStatus> periods) {
        List<List<MissionStatus>> groups = new java.util.ArrayList<>();
        for (MissionStatus m : periods) {
            List<MissionStatus> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            MissionStatus head = last == null ? null : last.get(0);
            if (head != null && head.relations() == m.relations() && head.kind() == m.kind()
                    && java.util.Objects.equals(head.protectingPower(), m.protectingPower())) last.add(m);
            else groups.add(new java.util.ArrayList<>(List.of(m)));
        }
        out.printf("U.S. missions to %s: %d periods%n", t.name(), groups.size());
        for (List<MissionStatus> g : groups) {
            MissionStatus first = g.get(0);
            MissionStatus last = g.get(g.size() - 1);
            out.printf("%s – %-10s  %s; %s%s%n", first.from(), last.to() == null ? "" : last.to(), first.kind().description(),
                    first.relations().description(), first.protectingPower() == null ? "" : "; protecting power: " + first.protectingPower());
            if (first.kindSource() != null) {
                out.printf("    set by %s · %s%n", first.kindSource().reference(), first.kindSource().url());
            }
            java.util.LinkedHashSet<String> chiefs = new java.util.LinkedHashSet<>();
            for (MissionStatus m : g) {
                Tenure c = m.chief();
                if (c == null) continue;
                chiefs.add(q.person(c.person()).displayName() + " (" + c.roleTitle() + ", " + c.credentials() + end(c)
                        + (m.residence() == org.chancery.mission.Residence.RESIDENT ? "" : "; " + m.residence().description()
                        + (m.residenceNote() == null ? "" : ": " + m.residenceNote())) + ")");
            }
            for (String c : chiefs) out.printf("    %s%n", c);
        }
    }

    private static String end(Tenure c) {
        if (c.ended() == null) return " to the end of the record";
        return c.endInferred() ? " to " + c.ended() + ", inferred: the next chief's credentials" : " to " + c.ended();
    }

    private static void source(PrintWriter out, Citation c) {
        if (c == null) return;
        out.printf("  %-10s \"%s\"%n  %-10s %s %s · %s%n", "", c.quote(), "", c.dataset(), c.file(), c.url());
    }
}
