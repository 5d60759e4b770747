package org.chancery.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chancery.date.PartialDate;
import org.chancery.json.Json;
import org.chancery.error.InvalidInputException;
import org.chancery.mission.ForeignEnvoy;
import org.chancery.mission.Tenure;
import org.chancery.territory.TerritoryId;
import org.chancery.record.EnvoyInPost;
import org.chancery.record.RecordQueries;
import org.chancery.store.SqliteStore;
import org.chancery.territory.Territory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "envoys", mixinStandardHelpOptions = true,
        description = {"U.S. chiefs of mission to a territory in post on a date (credentials presented, not yet left),",
                "With --to united-states: the territory's envoys to the United States,",
                "as the FRUS persons lists state them.",
                "Without --on, lists every one."})
final class EnvoysCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;
    @Mixin
    FormatOption format;

    @Parameters(index = "0", paramLabel = "TERRITORY", description = "A territory: id, name or alias.")
    String territory;
    @Option(names = "--on", paramLabel = "DATE", description = {"In post on a day (YYYY-MM-DD) or at any time",
            "during a month (YYYY-MM) or a year (YYYY)."})
    String on;
    @Option(names = "--to", paramLabel = "TERRITORY", description = {"Where the envoys were sent: the territory",
            "(default: U.S. envoys to it) or united-states."})
    String to;

    @Override
    public Integer call() {
        PartialDate day = on == null ? null : PartialDate.parse(on, "--on");
        try (SqliteStore s = store.openExisting()) {
            RecordQueries q = store.queries(s);
            Territory t = q.territory("TERRITORY", territory);
            Territory dest = to == null ? null : q.territory("--to", to);
            if (dest != null && dest.id().equals(TerritoryId.UNITED_STATES) && !t.id().equals(TerritoryId.UNITED_STATES)) {
                List<ForeignEnvoy> fe = day == null ? q.envoysToUnitedStates(t.id()) : q.envoysToUnitedStatesDuring(t.id(), day);
                ForeignEnvoyText.print(System.out, format.json(), t, day, fe);
                return ExitCodes.OK;
            }
            if (dest != null && t.id().equals(TerritoryId.UNITED_STATES)) t = dest;
            else if (dest != null && !dest.id().equals(t.id())) {
                throw new InvalidInputException("--to", to, "expected united-states (the envoys of " + t.name()
                        + " to the United States) or " + t.id() + " (U.S. envoys to it); the record holds no other direction");
            }
            List<EnvoyInPost> envoys = day == null ? q.envoys(t.id()) : q.envoysDuring(t.id(), day);
            if (format.json()) {
                System.out.println(Json.write(Map.of("territory", t.id(), "on", day == null ? "" : day.toString(), "envoys", envoys)));
                return ExitCodes.OK;
            }
            System.out.printf("U.S. chiefs of mission to %s%s: %d%n", t.name(), day == null ? "" : (day.precision() == org.chancery.date.Precision.DAY ? " in post on " : " in post during ") + day,
                    envoys.size());
            for (EnvoyInPost e : envoys) {
                Tenure te = e.tenure();
                System.out.printf("  %-32s %s%n", e.person().displayName(), te.roleTitle());
                System.out.printf("  %-32s appointed %s, credentials %s, ended %s%n", "", show(te.appointed()), show(te.credentials()),
                        te.ended() == null ? "-" : te.ended() + (te.endInferred() ? " (inferred: the day before the next chief's credentials)"
                                : te.endNote() == null ? "" : " (" + te.endNote() + ")"));
                System.out.printf("  %-32s %s %s#%s · %s%n", "", te.citation().dataset(), te.citation().file(), te.id(), te.citation().url());
            }
        }
        return ExitCodes.OK;
    }

    private static String show(PartialDate d) {
        return d == null ? "-" : d.toString();
    }
}
