package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    private static List<String> dates(String text, LocalDate asOf) {
        return DateFinder.find(text, asOf).stream().map(d -> d.date().toString()).toList();
    }

    @Test
    void readsRussianDatesAtTheirPrecision() {
        assertThat(dates("16 ноября 1933 года были установлены отношения", null)).containsExactly("1933-11-16");
        assertThat(dates("в октябре 1933 г. Рузвельт написал", null)).containsExactly("1933-10");
    }

    @Test
    void countsYearsAgoFromThePostsDate() {
        assertThat(dates("90 years ago relations began", LocalDate.of(2023, 11, 16))).containsExactly("1933");
        assertThat(dates("90 лет назад", LocalDate.of(2023, 11, 16))).containsExactly("1933");
        assertThat(dates("90 years ago relations began", null)).isEmpty();
    }

    @Test
    void takesAMissingYearFromTheDateBefore() {
        assertThat(dates("On January 31, 1917, a note. On February 3 he severed relations.", null))
                .containsExactly("1917-01-31", "1917-02-03");
    }

    @Test
    void resolvesReferencesToADateAlreadyGiven() {
        assertThat(dates("On May 14, 1948, Israel was proclaimed. Truman recognized it on the same day.", null))
                .containsExactly("1948-05-14", "1948-05-14");
        assertThat(dates("In January 1991 rebels took the city; the embassy closed that same year.", null))
                .containsExactly("1991-01", "1991");
        assertThat(dates("Relations began in 1950. A year later the legation opened.", null)).containsExactly("1950", "1951");
    }
}
