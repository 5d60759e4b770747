package org.chancery.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.chancery.date.PartialDate;
import org.chancery.event.Citation;
import org.chancery.event.Event;
import org.chancery.event.EventKind;
import org.chancery.territory.TerritoryId;
import org.junit.jupiter.api.Test;

class RelationRulesTest {
    private static final TerritoryId US = TerritoryId.UNITED_STATES;
    private static final TerritoryId X = new TerritoryId("ruritania");

    private static Event event(String date, EventKind kind) {
        return new Event("t:" + date + kind, kind, List.of(US, X), List.of(), PartialDate.parse(date), kind.slug(), "",
                new Citation("test", "f", "r", "q", "u"));
    }

    private static final List<Event> HISTORY = List.of(
            event("1803-10-28", EventKind.RECOGNITION),
            event("1809-07-14", EventKind.RELATIONS_ESTABLISHED),
            event("1917-11-07", EventKind.RELATIONS_SEVERED),
            event("1918-02-27", EventKind.MISSION_OPENED),
            event("1919-09-14", EventKind.MISSION_CLOSED),
            event("1933-11-16", EventKind.RELATIONS_RESUMED));

    private static RelationState on(String day) {
        return RelationRules.stateOn(HISTORY, LocalDate.parse(day), US, X).state();
    }

    @Test
    void nothingOnRecordBeforeTheFirstEvent() {
        assertThat(on("1800-01-01")).isEqualTo(RelationState.NONE);
    }

    @Test
    void recognitionAloneIsNotDiplomaticRelations() {
        assertThat(on("1805-01-01")).isEqualTo(RelationState.RECOGNIZED);
    }

    @Test
    void aMissionMovedOrClosedDoesNotRestoreRelations() {
        assertThat(on("1925-01-01")).isEqualTo(RelationState.SEVERED);
    }

    @Test
    void resumptionTakesEffectOnItsDay() {
        assertThat(on("1933-11-15")).isEqualTo(RelationState.SEVERED);
        RelationStatus s = RelationRules.stateOn(HISTORY, LocalDate.parse("1933-11-16"), US, X);
        assertThat(s.state()).isEqualTo(RelationState.DIPLOMATIC_RELATIONS);
        assertThat(s.setBy().kind()).isEqualTo(EventKind.RELATIONS_RESUMED);
    }

    @Test
    void aYearPrecisionEventCountsFromTheStartOfItsYear() {
        List<Event> h = List.of(event("1960", EventKind.RELATIONS_ESTABLISHED));
        assertThat(RelationRules.stateOn(h, LocalDate.parse("1960-01-01"), US, X).state()).isEqualTo(RelationState.DIPLOMATIC_RELATIONS);
        assertThat(RelationRules.stateOn(h, LocalDate.parse("1959-12-31"), US, X).state()).isEqualTo(RelationState.NONE);
    }

    private static Event article(String date, String article) {
        return new Event("wikipedia:x:" + article, EventKind.RELATIONS_ESTABLISHED, List.of(X, US), List.of(), PartialDate.parse(date),
                "Diplomatic Relations Established", "", new Citation("wikipedia", article + ".json", "Foreign relations of " + article + "#Y",
                "Y: " + date, "https://en.wikipedia.org/wiki/" + article));
    }

    private static final List<Event> TWO_ARTICLES = List.of(article("1954-12-22", "Germany"), article("1922-10-16", "Afghanistan"));

    @Test
    void twoArticlesThatDisagreeCountRelationsFromTheEarlierDateAndNameBoth() {
        RelationStatus s = RelationRules.stateOn(TWO_ARTICLES, LocalDate.parse("1960-01-01"), X, US);
        assertThat(s.state()).isEqualTo(RelationState.DIPLOMATIC_RELATIONS);
        assertThat(s.setBy().date()).hasToString("1922-10-16");
        assertThat(s.disagreement().accounts()).extracting(a -> a.source() + " " + a.date())
                .containsExactly("Foreign relations of Afghanistan 1922-10-16", "Foreign relations of Germany 1954-12-22");
        assertThat(s.disagreement().statement()).contains("disagree", "1922-10-16", "1954-12-22");
    }

    @Test
    void betweenTheTwoDatesTheSourcesDisagreeRatherThanAnswerYesOrNo() {
        RelationStatus s = RelationRules.stateOn(TWO_ARTICLES, LocalDate.parse("1930-01-01"), X, US);
        assertThat(s.state()).isEqualTo(RelationState.SOURCES_DISAGREE);
        assertThat(s.setBy().date()).hasToString("1922-10-16");
        assertThat(RelationRules.stateOn(TWO_ARTICLES, LocalDate.parse("1954-12-21"), X, US).state()).isEqualTo(RelationState.SOURCES_DISAGREE);
        assertThat(RelationRules.stateOn(TWO_ARTICLES, LocalDate.parse("1954-12-22"), X, US).state()).isEqualTo(RelationState.DIPLOMATIC_RELATIONS);
    }

    @Test
    void beforeTheEarlierDateBothSourcesAgreeThereWereNoRelations() {
        RelationStatus s = RelationRules.stateOn(TWO_ARTICLES, LocalDate.parse("1922-10-15"), X, US);
        assertThat(s.state()).isEqualTo(RelationState.NONE);
        assertThat(s.disagreement()).isNull();
    }

    @Test
    void aLaterEstablishmentOfTheHistoriansRecordIsNoDisagreement() {
        RelationStatus s = RelationRules.stateOn(HISTORY, LocalDate.parse("1950-01-01"), US, X);
        assertThat(s.disagreement()).isNull();
        assertThat(s.setBy().kind()).isEqualTo(EventKind.RELATIONS_RESUMED);
    }
}
