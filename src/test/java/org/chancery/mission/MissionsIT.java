package org.chancery.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.chancery.SharedData;
import org.chancery.record.RecordQueries;
import org.chancery.relations.RelationState;
import org.chancery.territory.TerritoryId;
import org.junit.jupiter.api.Test;

/** The U.S. mission on a date, against facts of the record. */
class MissionsIT {
    private final RecordQueries q = new RecordQueries(SharedData.store());

    private MissionStatus on(String territory, String day) {
        return q.missions(q.territory("t", territory).id()).on(LocalDate.parse(day));
    }

    @Test
    void cubaIn1990HasAnInterestsSectionUnderSwissProtectionAndNoRelations() {
        MissionStatus m = on("cuba", "1990-01-01");
        assertThat(m.relations()).isEqualTo(RelationState.SEVERED);
        assertThat(m.kind()).isEqualTo(MissionKind.INTERESTS_SECTION);
        assertThat(m.protectingPower()).isEqualTo("Swiss");
        assertThat(m.chief().person().value()).isEqualTo("taylor-john-jackson");
        assertThat(m.chief().roleTitle()).isEqualTo("Principal Officer");
    }

    @Test
    void cubaHadALegationFrom1902AnEmbassyFrom1923NoneFrom1961AndAnEmbassyAgainFrom2015() {
        assertThat(on("cuba", "1910-01-01").kind()).isEqualTo(MissionKind.LEGATION);
        assertThat(on("cuba", "1950-01-01").kind()).isEqualTo(MissionKind.EMBASSY);
        assertThat(on("cuba", "1970-01-01").kind()).isEqualTo(MissionKind.NONE);
        MissionStatus m = on("cuba", "2016-01-01");
        assertThat(m.kind()).isEqualTo(MissionKind.EMBASSY);
        assertThat(m.kindSource().quote()).contains("July 20, 2015");
    }

    @Test
    void bullittHeadsTheEmbassyInMoscowOnNewYears1934() {
        MissionStatus m = on("Soviet Union", "1934-01-01");
        assertThat(m.relations()).isEqualTo(RelationState.DIPLOMATIC_RELATIONS);
        assertThat(m.kind()).isEqualTo(MissionKind.EMBASSY);
        assertThat(m.chief().person().value()).isEqualTo("bullitt-william-christian");
        assertThat(m.residence()).isEqualTo(Residence.RESIDENT);
    }

    @Test
    void egyptIn1900HasAnAgencyAndConsulateGeneralWithoutRelations() {
        MissionStatus m = on("egypt", "1900-01-01");
        assertThat(m.relations()).isNotEqualTo(RelationState.DIPLOMATIC_RELATIONS);
        assertThat(m.kind()).isEqualTo(MissionKind.CONSULATE);
    }

    @Test
    void theAmbassadorToTheRepublicOfChinaIn1975LivesInTaipeiBesideTheLiaisonOfficeInBeijing() {
        MissionStatus m = on("china", "1975-01-01");
        assertThat(m.kind()).isEqualTo(MissionKind.EMBASSY);
        assertThat(m.chief().person().value()).isEqualTo("unger-leonard-seidman");
        assertThat(m.residence()).isEqualTo(Residence.ACCREDITED_ELSEWHERE);
        assertThat(m.residenceNote()).isEqualTo("resident at Taipei");
    }

    @Test
    void periodsFollowEachOtherWithoutGapsOrOverlaps() {
        List<MissionStatus> periods = q.missions(new TerritoryId("russia")).periods();
        assertThat(periods).hasSizeGreaterThan(5);
        for (int i = 0; i + 1 < periods.size(); i++) {
            assertThat(periods.get(i).to().plusDays(1)).isEqualTo(periods.get(i + 1).from());
        }
        assertThat(periods.get(periods.size() - 1).to()).isNull();
    }
}
