package org.chancery.importer.wikipedia;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.chancery.SharedData;
import org.chancery.event.Citation;
import org.chancery.event.Event;
import org.chancery.event.EventKind;
import org.chancery.importer.gsh.GshTerritories;
import org.chancery.record.RecordQueries;
import org.chancery.relations.PairSources;
import org.chancery.relations.RelationState;
import org.chancery.relations.RelationStatus;
import org.chancery.store.RecordStore;
import org.chancery.territory.TerritoryId;
import org.junit.jupiter.api.Test;

/** Facts of the Wikipedia relations tables, read back after a full import of ../shared/data. */
class WikipediaRelationsIT {
    private final RecordStore store = SharedData.store();
    private final RecordQueries q = new RecordQueries(store);

    private Event established(String a, String b) {
        List<Event> es = store.events(id(a), id(b)).stream().filter(PairSources::isWikipedia).toList();
        assertThat(es).hasSize(1);
        Event e = es.get(0);
        assertThat(e.kind()).isEqualTo(EventKind.RELATIONS_ESTABLISHED);
        return e;
    }

    private static TerritoryId id(String s) {
        return new TerritoryId(s);
    }

    @Test
    void chinaAndTheSovietUnionEstablishedRelationsOn2October1949CitedByBothArticles() {
        Event e = established("china", "russia");
        assertThat(e.date().toString()).isEqualTo("1949-10-02");
        assertThat(e.citations()).extracting(Citation::reference)
                .containsExactlyInAnyOrder("wikipedia:Foreign relations of China#Russia", "wikipedia:Foreign relations of Russia#China");
    }

    @Test
    void indiaAndRussiaOn14April1947CitedByBothArticles() {
        Event e = established("india", "russia");
        assertThat(e.date().toString()).isEqualTo("1947-04-14");
        assertThat(e.citations()).hasSize(2).allSatisfy(c -> {
            assertThat(c.credit()).isEqualTo("Wikipedia contributors, CC BY-SA 4.0");
            assertThat(c.url()).startsWith("https://en.wikipedia.org/wiki/Foreign_relations_of_");
        });
    }

    @Test
    void franceAndTheUnitedKingdomIn1396AtYearPrecisionFromTwoDifferentlyWrittenTables() {
        Event e = established("france", "united-kingdom");
        assertThat(e.date().toString()).isEqualTo("1396");
        assertThat(e.citations()).extracting(Citation::record)
                .containsExactlyInAnyOrder("Foreign relations of France#United Kingdom", "Foreign relations of the United Kingdom#France");
    }

    @Test
    void franceAndRussiaFirstInNovember1615WithItsCoverageSentence() {
        Event e = established("france", "russia");
        assertThat(e.date().toString()).isEqualTo("1615-11");
        RelationStatus st = q.relations(id("france"), id("russia"), LocalDate.of(1950, 1, 1));
        assertThat(st.state()).isEqualTo(RelationState.DIPLOMATIC_RELATIONS);
        assertThat(st.setBy()).isEqualTo(e);
        assertThat(st.coverage()).containsExactly("Wikipedia: this source records the first establishment only; later breaks are not recorded");
    }

    @Test
    void israelAndGermanyOn10May1965() {
        assertThat(established("germany", "israel").date().toString()).isEqualTo("1965-05-10");
    }

    @Test
    void franceAndTheUnitedKingdomHadNoRelationsOnRecordBefore1396() {
        assertThat(q.relations(id("france"), id("united-kingdom"), LocalDate.of(1300, 1, 1)).state()).isEqualTo(RelationState.NONE);
    }

    @Test
    void findsThePairsWhoseArticlesDisagreeAndKeepsBothDates() {
        WikipediaResult r = WikipediaImporter.read(SharedData.dir().resolve("wikipedia-relations"), store.territories(),
                GshTerritories.read(SharedData.dir().resolve("gsh")));
        assertThat(r.rowsRead()).isGreaterThan(30_000);
        assertThat(r.pairs()).isGreaterThan(15_000);
        // Afghanistan's article dates relations with Germany from 1922, Germany's (the Federal Republic's) from 1954
        assertThat(r.disagreements()).anySatisfy(d -> {
            assertThat(List.of(d.a(), d.b())).containsExactlyInAnyOrder(id("afghanistan"), id("germany"));
            assertThat(List.of(d.dateA().toString(), d.dateB().toString())).containsExactlyInAnyOrder("1922-10-16", "1954-12-22");
        });
        assertThat(r.findings()).anyMatch(f -> f.location().equals("afghanistan:germany") && f.message().contains("1922-10-16")
                && f.message().contains("1954-12-22"));
        assertThat(store.events(id("afghanistan"), id("germany")).stream().filter(PairSources::isWikipedia)
                .map(e -> e.date().toString())).containsExactly("1922-10-16", "1954-12-22");
        assertThat(r.unresolved()).containsKey("European Union").doesNotContainKey("Soviet Union").doesNotContainKey("Myanmar")
                .doesNotContainKey("Bosnia and Herzegovina");
    }

    @Test
    void aUsPairKeepsTheHistoriansAccountOfItsBreaks() {
        // Wikipedia gives only the first establishment with Cuba; rdcr records the 1961 break
        assertThat(q.relations(TerritoryId.UNITED_STATES, id("cuba"), LocalDate.of(1970, 1, 1)).state()).isEqualTo(RelationState.SEVERED);
    }

    @Test
    void afghanistanAndGermanyCountRelationsFromTheEarlierArticleDateAndShowBoth() {
        RelationStatus st = q.relations(id("afghanistan"), id("germany"), LocalDate.of(1960, 1, 1));
        assertThat(st.state()).isEqualTo(RelationState.DIPLOMATIC_RELATIONS);
        assertThat(st.setBy().date().toString()).isEqualTo("1922-10-16");
        assertThat(st.disagreement().accounts()).extracting(a -> a.source() + " " + a.date())
                .containsExactly("Foreign relations of Afghanistan 1922-10-16", "Foreign relations of Germany 1954-12-22");
    }

    @Test
    void afghanistanAndGermanyBetweenTheTwoDatesTheSourcesDisagree() {
        RelationStatus st = q.relations(id("germany"), id("afghanistan"), LocalDate.of(1930, 1, 1));
        assertThat(st.state()).isEqualTo(RelationState.SOURCES_DISAGREE);
        assertThat(st.disagreement().statement()).contains("1922-10-16", "1954-12-22");
        assertThat(q.relations(id("germany"), id("afghanistan"), LocalDate.of(1922, 10, 15)).state()).isEqualTo(RelationState.NONE);
        var during = q.relationsDuring(id("afghanistan"), id("germany"), org.chancery.date.PartialDate.parse("1954"));
        assertThat(during.atStart().state()).isEqualTo(RelationState.SOURCES_DISAGREE);
        assertThat(during.changes()).singleElement().satisfies(c -> {
            assertThat(c.on()).isEqualTo(LocalDate.of(1954, 12, 22));
            assertThat(c.state()).isEqualTo(RelationState.DIPLOMATIC_RELATIONS);
        });
    }

    @Test
    void aPairWhoseArticlesAgreeStatesNoDisagreement() {
        assertThat(q.relations(id("china"), id("russia"), LocalDate.of(1960, 1, 1)).disagreement()).isNull();
    }
}
