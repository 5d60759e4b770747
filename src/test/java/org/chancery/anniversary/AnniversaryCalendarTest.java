package org.chancery.anniversary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.chancery.date.PartialDate;
import org.chancery.error.InvalidInputException;
import org.chancery.event.Citation;
import org.chancery.event.Event;
import org.chancery.event.EventKind;
import org.chancery.territory.TerritoryId;
import org.junit.jupiter.api.Test;

class AnniversaryCalendarTest {
    private static final TerritoryId X = new TerritoryId("ruritania");

    private static Event event(String id, String date) {
        return new Event(id, EventKind.RECOGNITION, List.of(TerritoryId.UNITED_STATES, X), List.of(), PartialDate.parse(date),
                "t " + id, "", new Citation("test", "f", id, "q", "u"));
    }

    private static Calendar calendar(String from, String to, Event... events) {
        return AnniversaryCalendar.between(List.of(events), new Window(LocalDate.parse(from), LocalDate.parse(to)),
                AnniversaryRule.everyFiveYears());
    }

    @Test
    void listsTheRoundAnniversaryOnItsDayWithItsOrdinal() {
        Calendar c = calendar("2023-11-01", "2023-11-30", event("a", "1933-11-16"), event("b", "1934-11-16"));
        assertThat(c.days()).singleElement().satisfies(a -> {
            assertThat(a.on().toString()).isEqualTo("2023-11-16");
            assertThat(a.label()).isEqualTo("90th anniversary");
        });
    }

    @Test
    void aYearPrecisionEventIsNeverPlacedOnADay() {
        Calendar c = calendar("2023-01-01", "2023-12-31", event("y", "1933"), event("m", "1933-11"));
        assertThat(c.days()).isEmpty();
        assertThat(c.years()).extracting(a -> a.on().toString()).containsExactly("2023");
        assertThat(c.months()).extracting(a -> a.on().toString()).containsExactly("2023-11");
    }

    @Test
    void aMonthEventCountsWhenTheWindowTouchesItsMonth() {
        assertThat(calendar("2023-11-30", "2023-12-05", event("m", "1933-11")).months()).hasSize(1);
        assertThat(calendar("2023-12-01", "2023-12-05", event("m", "1933-11")).months()).isEmpty();
    }

    @Test
    void anEventOf29FebruaryIsRememberedOn28FebruaryInOtherYears() {
        assertThat(calendar("2009-02-01", "2009-03-31", event("l2", "1904-02-29")).days())
                .extracting(a -> a.on().toString()).containsExactly("2009-02-28");
        assertThat(calendar("2024-02-01", "2024-03-31", event("l2", "1904-02-29")).days())
                .extracting(a -> a.on().toString()).containsExactly("2024-02-29");
    }

    @Test
    void uidsDependOnlyOnTheEventAndTheYears() {
        Anniversary a = calendar("2023-11-01", "2023-11-30", event("rdcr:russia:8", "1933-11-16")).days().get(0);
        Anniversary again = calendar("2023-11-16", "2023-11-16", event("rdcr:russia:8", "1933-11-16")).days().get(0);
        assertThat(a.uid()).isEqualTo(again.uid()).isEqualTo("rdcr:russia:8-90@chancery");
    }

    @Test
    void refusesAWindowBackwardsOrLongerThanTenYears() {
        assertThatThrownBy(() -> new Window(LocalDate.parse("2023-12-01"), LocalDate.parse("2023-11-01")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("2023-12-01").hasMessageContaining("after --to");
        assertThatThrownBy(() -> new Window(LocalDate.parse("2000-01-01"), LocalDate.parse("2011-01-01")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ten years");
    }

    @Test
    void countsYearsInEnglishAndRussian() {
        assertThat(Ordinals.english(1)).isEqualTo("1st");
        assertThat(Ordinals.english(12)).isEqualTo("12th");
        assertThat(Ordinals.english(22)).isEqualTo("22nd");
        assertThat(Ordinals.english(103)).isEqualTo("103rd");
        assertThat(Ordinals.russianYears(90)).isEqualTo("90 лет");
        assertThat(Ordinals.russianYears(21)).isEqualTo("21 год");
        assertThat(Ordinals.russianYears(33)).isEqualTo("33 года");
        assertThat(Ordinals.russianYears(111)).isEqualTo("111 лет");
    }

    @Test
    void writesDatesAsEachLanguageDoes() {
        assertThat(Phrases.EN.on(PartialDate.parse("1933-11-16"))).isEqualTo("on November 16, 1933");
        assertThat(Phrases.RU.on(PartialDate.parse("1933-11-16"))).isEqualTo("16 ноября 1933 года");
        assertThat(Phrases.RU.on(PartialDate.parse("1933-10"))).isEqualTo("в октябре 1933 года");
        assertThat(Phrases.EN.on(PartialDate.parse("1933"))).isEqualTo("in 1933");
        assertThatThrownBy(() -> Phrases.of("fr")).isInstanceOf(InvalidInputException.class).hasMessageContaining("'fr'");
    }
}
