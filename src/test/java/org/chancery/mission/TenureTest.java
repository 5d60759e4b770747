package org.chancery.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.date.PartialDate;
import org.chancery.person.PersonId;
import org.chancery.territory.TerritoryId;
import org.junit.jupiter.api.Test;

class TenureTest {
    static Tenure tenure(String id, String appointed, String credentials, String ended) {
        return new Tenure(id, new PersonId(id), new TerritoryId("russia"), "ambassador-e-p", "Envoy", date(appointed), date(credentials), date(ended), false, null, null,
                null);
    }

    static PartialDate date(String s) {
        return s == null ? null : PartialDate.parse(s);
    }

    @Test
    void chiefsWithoutAnAppointmentDateStandWhereTheirOtherDatesPutThem() {
        Tenure adams = tenure("ru-1809-adam-01", "1809-06-27", "1809-11-05", "1814-04-28");
        Tenure francis = tenure("ru-1916-fran-01", "1916-03-09", "1916-04-21", "1918-11-06");
        Tenure cole = tenure("ru-1919-cole-01", null, null, "1919-09-14");
        Tenure credentialsOnly = tenure("ru-1850-zzzz-01", null, "1850", null);
        Tenure undated = tenure("ru-0000-none-01", null, null, null);
        List<Tenure> sorted = List.of(undated, cole, francis, credentialsOnly, adams).stream().sorted(Tenure.BY_BEST_DATE_KNOWN).toList();
        assertThat(sorted).containsExactly(adams, credentialsOnly, francis, cole, undated);
    }
}
