package org.chancery.mission;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.date.PartialDate;

/**
 * Who of a state's envoys was in post on a day, from the remarks' dates: a remark puts its
 * person in post from its start to its end; an open end is closed by the next start of another
 * person of the same rank, as a new head of mission ends the last one. Remarks without dates
 * place no one on a day. One person is listed once, with the remark that dates them best.
 */
public final class ForeignEnvoys {
    private static final Comparator<ForeignEnvoy> BEST = Comparator
            .comparing((ForeignEnvoy e) -> e.to() == null)
            .thenComparing(e -> e.from().precision(), Comparator.reverseOrder())
            .thenComparing(ForeignEnvoy::id);

    private ForeignEnvoys() {
    }

    public static List<ForeignEnvoy> inPostOn(List<ForeignEnvoy> envoys, LocalDate day) {
        Map<String, ForeignEnvoy> byPerson = new LinkedHashMap<>();
        envoys.stream().filter(e -> e.from() != null && e.inPostOn(day, successorFrom(envoys, e))).sorted(BEST)
                .forEach(e -> byPerson.putIfAbsent(e.person(), e));
        return byPerson.values().stream().sorted(Comparator.comparing((ForeignEnvoy e) -> e.from().start())).toList();
    }

    /** The first start after this envoy's of another person sent by the same state at the same rank. */
    static PartialDate successorFrom(List<ForeignEnvoy> envoys, ForeignEnvoy e) {
        return envoys.stream().filter(o -> o.from() != null && !o.person().equals(e.person()) && o.rank() == e.rank()
                        && o.sender().equals(e.sender()) && o.receiver().equals(e.receiver()) && o.from().start().isAfter(e.from().end()))
                .map(ForeignEnvoy::from).min(Comparator.naturalOrder()).orElse(null);
    }

    /** Every person, once, with the remark that dates them best (undated ones last). */
    public static List<ForeignEnvoy> everyone(List<ForeignEnvoy> envoys) {
        Map<String, ForeignEnvoy> byPerson = new LinkedHashMap<>();
        envoys.stream().sorted(Comparator.comparing((ForeignEnvoy e) -> e.from() == null).thenComparing(BEST_OR_UNDATED))
                .forEach(e -> byPerson.putIfAbsent(e.person(), e));
        return byPerson.values().stream().sorted(Comparator.comparing((ForeignEnvoy e) -> e.from() == null ? LocalDate.MAX : e.from().start()))
                .toList();
    }

    private static final Comparator<ForeignEnvoy> BEST_OR_UNDATED = (a, b) -> a.from() == null || b.from() == null
            ? a.id().compareTo(b.id()) : BEST.compare(a, b);
}
