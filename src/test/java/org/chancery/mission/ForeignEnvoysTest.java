package org.chancery.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.chancery.date.PartialDate;
import org.chancery.event.Citation;
import org.chancery.territory.TerritoryId;
import org.junit.jupiter.api.Test;

class ForeignEnvoysTest {
    private static final TerritoryId SENDER = new TerritoryId("ruritania");

    private static ForeignEnvoy envoy(String person, String from, String to) {
        return new ForeignEnvoy("people:" + person + ":" + from, person, person, SENDER, TerritoryId.UNITED_STATES, EnvoyRank.AMBASSADOR,
                from == null ? null : PartialDate.parse(from), to == null ? null : PartialDate.parse(to),
                new Citation("people", "f.xml", person, "remark", "https://example.org"));
    }

    @Test
    void anOpenEndedEnvoyLeavesWhenTheNextOneStarts() {
        List<ForeignEnvoy> all = List.of(envoy("a", "1958-04", null), envoy("b", "1962-03", null));
        assertThat(ForeignEnvoys.inPostOn(all, LocalDate.of(1960, 1, 1))).extracting(ForeignEnvoy::person).containsExactly("a");
        assertThat(ForeignEnvoys.inPostOn(all, LocalDate.of(1965, 1, 1))).extracting(ForeignEnvoy::person).containsExactly("b");
    }

    @Test
    void anEndedEnvoyIsInPostUntilTheEndOfTheStatedPeriod() {
        List<ForeignEnvoy> all = List.of(envoy("a", "1962", "1986"));
        assertThat(ForeignEnvoys.inPostOn(all, LocalDate.of(1986, 12, 31))).hasSize(1);
        assertThat(ForeignEnvoys.inPostOn(all, LocalDate.of(1987, 1, 1))).isEmpty();
        assertThat(ForeignEnvoys.inPostOn(all, LocalDate.of(1961, 12, 31))).isEmpty();
    }

    @Test
    void anUndatedRemarkPlacesNoOneOnADayButIsListedAmongEveryone() {
        List<ForeignEnvoy> all = List.of(envoy("a", null, null), envoy("b", "1962", null), envoy("b", "1962-03", null));
        assertThat(ForeignEnvoys.inPostOn(all, LocalDate.of(1965, 1, 1))).extracting(ForeignEnvoy::id).containsExactly("people:b:1962-03");
        assertThat(ForeignEnvoys.everyone(all)).extracting(ForeignEnvoy::person).containsExactly("b", "a");
    }
}
