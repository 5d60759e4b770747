package org.chancery.mission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.chancery.territory.TerritoryId;

/** Whole-record checks on chiefs of mission, as figures. */
public final class MissionChecks {
    private MissionChecks() {
    }

    /**
     * Days on which two or more chiefs of mission (distinct persons) in title of one post are in post, summed over posts:
     * {@code [not stated, stated]}. A day in post is stated by the record when it is on or before the
     * tenure's recorded end, or the tenure is open and no later chief came; an inferred end, or an open
     * tenure followed by another chief, states nothing. Open tenures run to the latest date of the record.
     */
    public static long[] overlapDays(List<Tenure> tenures) {
        LocalDate horizon = tenures.stream().flatMap(t -> java.util.stream.Stream.of(t.credentials(), t.ended()))
                .filter(java.util.Objects::nonNull).map(d -> d.end()).max(LocalDate::compareTo).orElse(LocalDate.MIN);
        Map<TerritoryId, List<Tenure>> byPost = new LinkedHashMap<>();
        for (Tenure t : tenures) {
            if (t.credentials() != null && t.rank().isTitular()) byPost.computeIfAbsent(t.post(), k -> new ArrayList<>()).add(t);
        }
        long unstated = 0;
        long stated = 0;
        for (List<Tenure> post : byPost.values()) {
            TreeSet<LocalDate> cuts = new TreeSet<>();
            List<LocalDate[]> spans = new ArrayList<>();
            List<String> persons = new ArrayList<>();
            for (Tenure t : post) {
                LocalDate from = t.credentials().start();
                LocalDate to = t.ended() == null ? horizon : t.ended().end();
                boolean later = post.stream().anyMatch(u -> u.credentials().start().isAfter(from));
                LocalDate statedTo = t.ended() != null && !t.endInferred() ? to : t.ended() == null && !later ? horizon : from.minusDays(1);
                spans.add(new LocalDate[] {from, to, statedTo});
                persons.add(t.person().value());
                cuts.add(from);
                cuts.add(to.plusDays(1));
                cuts.add(statedTo.plusDays(1));
            }
            LocalDate prev = null;
            for (LocalDate cut : cuts) {
                if (prev != null) {
                    LocalDate day = prev;
                    List<Integer> idx = java.util.stream.IntStream.range(0, spans.size())
                            .filter(i -> !day.isBefore(spans.get(i)[0]) && !day.isAfter(spans.get(i)[1])).boxed().toList();
                    List<LocalDate[]> in = idx.stream().map(spans::get).toList();
                    // one person listed twice by the source is not two chiefs
                    if (idx.stream().map(persons::get).distinct().count() > 1) {
                        long n = cut.toEpochDay() - prev.toEpochDay();
                        if (in.stream().allMatch(s -> !day.isAfter(s[2]))) stated += n;
                        else unstated += n;
                    }
                }
                prev = cut;
            }
        }
        return new long[] {unstated, stated};
    }
}
