package org.chancery.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.chancery.SharedData;
import org.chancery.event.Event;
import org.chancery.event.EventKind;
import org.chancery.mission.Tenure;
import org.chancery.person.PersonId;
import org.chancery.record.EnvoyInPost;
import org.chancery.record.RecordQueries;
import org.chancery.relations.RelationState;
import org.chancery.store.RecordStore;
import org.chancery.territory.TerritoryId;
import org.junit.jupiter.api.Test;

/** Real facts of the record, read back after a full import of ../shared/data. */
class RecordImportIT {
    private static final TerritoryId US = TerritoryId.UNITED_STATES;
    private static final TerritoryId RUSSIA = new TerritoryId("russia");
    private final RecordStore store = SharedData.store();
    private final RecordQueries q = new RecordQueries(store);

    @Test
    void resumesNormalRelationsWithRussiaOn16November1933() {
        List<Event> resumed = q.timeline(US, RUSSIA).stream().filter(e -> e.kind() == EventKind.RELATIONS_RESUMED).toList();
        assertThat(resumed).singleElement().satisfies(e -> {
            assertThat(e.date().toString()).isEqualTo("1933-11-16");
            assertThat(e.citation().reference()).isEqualTo("rdcr:russia#Normal Diplomatic Relations Resumed, 1933");
            assertThat(e.citation().quote()).startsWith("Normal diplomatic relations were resumed on November 16, 1933");
            assertThat(e.citation().url()).isEqualTo("https://history.state.gov/countries/russia");
        });
    }

    @Test
    void bullittPresentedCredentialsOn13December1933() {
        Tenure t = store.tenuresOf(new PersonId("bullitt-william-christian")).get(0);
        assertThat(t.post()).isEqualTo(RUSSIA);
        assertThat(t.credentials().toString()).isEqualTo("1933-12-13");
        assertThat(t.appointed().toString()).isEqualTo("1933-11-21");
        assertThat(q.timeline(US, RUSSIA)).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.CREDENTIALS_PRESENTED);
            assertThat(e.persons()).contains(new PersonId("bullitt-william-christian"));
            assertThat(e.date().toString()).isEqualTo("1933-12-13");
        });
    }

    @Test
    void bullittIsTheChiefOfMissionInRussiaOnNewYears1934() {
        List<EnvoyInPost> envoys = q.envoys(q.territory("t", "Soviet Union").id(), LocalDate.of(1934, 1, 1));
        assertThat(envoys).extracting(e -> e.person().id().value()).containsExactly("bullitt-william-christian");
        assertThat(envoys.get(0).tenure().roleTitle()).isEqualTo("Ambassador Extraordinary and Plenipotentiary");
    }

    @Test
    void relationsWithRussiaIn1925AreNotDiplomaticRelations() {
        var status = q.relations(US, RUSSIA, LocalDate.of(1925, 1, 1));
        assertThat(status.state()).isNotEqualTo(RelationState.DIPLOMATIC_RELATIONS).isEqualTo(RelationState.SEVERED);
        assertThat(status.setBy().title()).isEqualTo("Normal Diplomatic Relations Interrupted, 1917");
        assertThat(q.relations(US, RUSSIA, LocalDate.of(1934, 1, 1)).state()).isEqualTo(RelationState.DIPLOMATIC_RELATIONS);
    }

    @Test
    void datesTheRecognitionOfEstoniaTo28July1922() {
        assertThat(q.timeline(US, new TerritoryId("estonia"))).filteredOn(e -> e.kind() == EventKind.RECOGNITION)
                .extracting(e -> e.date().toString()).first().isEqualTo("1922-07-28");
    }

    @Test
    void everyRdcrEventHasAtLeastAYearAndACitation() {
        List<Event> rdcr = store.allEvents().stream().filter(e -> e.citation().dataset().equals("rdcr")).toList();
        assertThat(rdcr).isNotEmpty().allSatisfy(e -> {
            assertThat(e.date()).isNotNull();
            assertThat(e.date().year()).isBetween(1776, 2026);
            assertThat(e.citation().quote()).isNotBlank();
            assertThat(e.citation().url()).startsWith("https://history.state.gov/countries/");
        });
    }

    @Test
    void soviet_union_ussr_russia_and_theSlugAreOneTerritory() {
        for (String name : List.of("Soviet Union", "USSR", "Russia", "russia", "Россия", "СССР")) {
            assertThat(q.territory("t", name).id()).as(name).isEqualTo(RUSSIA);
        }
        assertThat(q.territory("t", "russia").cowCode()).isEqualTo(365);
        assertThat(q.territory("t", "russia").gwCode()).isEqualTo(365);
        assertThat(q.territory("t", "france").cowCode()).isEqualTo(220);
    }

    @Test
    void cubaHasNoRelationsIn1990UnderAnInterestsSectionHeadedByAPrincipalOfficer() {
        TerritoryId cuba = new TerritoryId("cuba");
        var status = q.relations(US, cuba, LocalDate.of(1990, 1, 1));
        assertThat(status.state()).isEqualTo(RelationState.SEVERED);
        assertThat(status.setBy().date().toString()).isEqualTo("1961-01-03");
        assertThat(q.relations(US, cuba, LocalDate.of(2015, 7, 20)).state()).isEqualTo(RelationState.DIPLOMATIC_RELATIONS);
        assertThat(q.timeline(US, cuba)).noneSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.CREDENTIALS_PRESENTED);
            assertThat(e.title()).contains("Principal Officer");
        });
    }

    @Test
    void egyptHasNoRelationsIn1900UnderAnAgentAndConsulGeneral() {
        assertThat(q.relations(US, new TerritoryId("egypt"), LocalDate.of(1900, 1, 1)).state()).isNotEqualTo(RelationState.DIPLOMATIC_RELATIONS);
        assertThat(q.relations(US, new TerritoryId("egypt"), LocalDate.of(1923, 1, 1)).state()).isEqualTo(RelationState.DIPLOMATIC_RELATIONS);
        assertThat(q.relations(US, new TerritoryId("iraq"), LocalDate.of(1980, 1, 1)).state()).isNotEqualTo(RelationState.DIPLOMATIC_RELATIONS);
        // a chargé d'affaires ad interim headed the interests section in Algiers: relations severed 1967-06-06, restored 1974-11-12
        assertThat(q.relations(US, new TerritoryId("algeria"), LocalDate.of(1970, 1, 1)).state()).isEqualTo(RelationState.SEVERED);
        assertThat(q.relations(US, new TerritoryId("algeria"), LocalDate.of(1975, 1, 1)).state()).isEqualTo(RelationState.DIPLOMATIC_RELATIONS);
    }

    @Test
    void pachecosTenureInHondurasEndsBeforeHisSuccessorPresentsCredentials() {
        Tenure pacheco = store.tenures(new TerritoryId("honduras")).stream().filter(t -> t.id().equals("hn-1890-pach-01")).findFirst().orElseThrow();
        assertThat(pacheco.endInferred()).isTrue();
        assertThat(pacheco.ended()).isNotNull();
        assertThat(q.envoys(new TerritoryId("honduras"), LocalDate.of(1950, 1, 1))).extracting(e -> e.person().id().value())
                .containsExactly("bursley-herbert-s");
        assertThat(store.tenures(new TerritoryId("honduras"))).filteredOn(t -> t.credentials() != null
                && t.credentials().start().isAfter(pacheco.credentials().start())).allSatisfy(t ->
                assertThat(t.credentials().start()).isAfter(pacheco.ended().end()));
    }

    @Test
    void chinaFrom1949To1978NamesTheRepublicOfChinaAsTheGovernmentTheUsRecognized() {
        var china = q.territory("t", "china");
        assertThat(china.nameOn(LocalDate.of(1960, 1, 1), "en")).startsWith("Republic of China").contains("Taipei");
        assertThat(china.nameOn(LocalDate.of(1980, 1, 1), "en")).isEqualTo("People's Republic of China");
    }

    @Test
    void storesEveryOfficeHeldTheImportReads() {
        // positions-principals holds 1,274 terms; some share an id in the source (the two Sewards, 1861)
        assertThat(store.stats().offices()).isEqualTo(1274);
    }

    @Test
    void searchFindsStemmedWords() {
        assertThat(q.search("recognize Estonia", 10)).anySatisfy(e -> assertThat(e.title()).contains("Estonia"));
    }
}
