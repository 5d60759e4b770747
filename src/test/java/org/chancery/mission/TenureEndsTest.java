package org.chancery.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.date.PartialDate;
import org.chancery.event.Citation;
import org.chancery.person.PersonId;
import org.chancery.territory.TerritoryId;
import org.junit.jupiter.api.Test;

class TenureEndsTest {
    private static final TerritoryId POST = new TerritoryId("ruritania");

    private static Tenure tenure(String id, String person, String role, String credentials, String ended) {
        return new Tenure(id, new PersonId(person), POST, role, role, null, credentials == null ? null : PartialDate.parse(credentials),
                ended == null ? null : PartialDate.parse(ended), false, null, null, new Citation("test", "f", id, "q", "u"));
    }

    @Test
    void anOpenTenureEndsTheDayBeforeTheNextChiefPresentsCredentials() {
        List<Tenure> out = TenureEnds.infer(List.of(
                tenure("a", "pacheco", "envoy-extraordinary-minister-plenipotentiary", "1891-04-17", null),
                tenure("b", "young", "envoy-extraordinary-minister-plenipotentiary", "1893-06-01", "1896-01-01")));
        assertThat(out.get(0).ended()).isEqualTo(PartialDate.parse("1893-05-31"));
        assertThat(out.get(0).endInferred()).isTrue();
        assertThat(out.get(1).endInferred()).isFalse();
    }

    @Test
    void aChargeAdInterimNeverEndsTheChiefWhoseTenureContinues() {
        List<Tenure> out = TenureEnds.infer(List.of(
                tenure("a", "chief", "ambassador-e-p", "1950-01-10", null),
                tenure("b", "charge", "charge-daffaires-ad-interim", "1951-03-01", "1951-06-01"),
                tenure("c", "next", "ambassador-e-p", "1953-02-02", null)));
        assertThat(out.get(0).ended()).isEqualTo(PartialDate.parse("1953-02-01"));
        assertThat(out.get(0).inPostOn(java.time.LocalDate.of(1951, 4, 1))).isTrue();
        assertThat(out.get(2).ended()).as("no later chief: still in post when the record was taken").isNull();
    }

    @Test
    void anOpenChargeAdInterimEndsWhenAnyoneNextPresentsCredentials() {
        List<Tenure> out = TenureEnds.infer(List.of(
                tenure("a", "charge", "charge-daffaires-ad-interim", "1960-08-01", null),
                tenure("b", "charge2", "charge-daffaires-ad-interim", "1960-11-01", "1961-02-01")));
        assertThat(out.get(0).ended()).isEqualTo(PartialDate.parse("1960-10-31"));
    }

    @Test
    void aChiefListedTwiceEndsWhereTheOtherRecordSays() {
        List<Tenure> out = TenureEnds.infer(List.of(
                tenure("a", "bass", "ambassador-e-p", "2014-10-20", null),
                tenure("a~2", "bass", "ambassador-e-p", "2014-10-20", "2017-10-15")));
        assertThat(out.get(0).ended()).isEqualTo(PartialDate.parse("2017-10-15"));
        assertThat(out.get(0).endInferred()).isTrue();
    }

    @Test
    void onlyDiplomaticRanksEvidenceRelations() {
        assertThat(ChiefRoles.rank("ambassador-e-p").evidencesRelations()).isTrue();
        assertThat(ChiefRoles.rank("charge-daffaires").evidencesRelations()).isTrue();
        assertThat(ChiefRoles.rank("minister-resident-consul-general").evidencesRelations()).isTrue();
        for (String role : List.of("principal-officer", "agent-consul-general", "commissioner", "personal-representative-of-the-president")) {
            assertThat(ChiefRoles.rank(role).evidencesRelations()).as(role).isFalse();
        }
        assertThat(ChiefRoles.rank("no-such-role")).isEqualTo(Rank.UNKNOWN);
        assertThat(ChiefRoles.rank("charge-daffaires-ad-interim").evidencesRelations()).as("Algeria 1967-74: heads of an interests section").isFalse();
    }
}
