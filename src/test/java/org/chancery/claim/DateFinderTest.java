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
    void aBareMonthTakesTheYearJustStated() {
        assertThat(dates("Relations were restored in 1921: in June the legation reopened.", null)).containsExactly("1921", "1921-06");
        assertThat(dates("Отношения восстановлены в 1921 году, а в июне открылась миссия.", null)).containsExactly("1921", "1921-06");
    }

    @Test
    void aBareMonthWithNoYearNearIsNoDate() {
        assertThat(dates("In June the legation reopened.", null)).isEmpty();
        assertThat(dates("Relations began in 1921. " + "The archive tells of many later things. ".repeat(10) + "In June the legation reopened.", null))
                .containsExactly("1921");
        // "May" as a verb is no month
        assertThat(dates("Relations began in 1921. In this case it may be so.", null)).containsExactly("1921");
    }

    @Test
    void resolvesReferencesToADateAlreadyGiven() {
        assertThat(dates("On May 14, 1948, Israel was proclaimed. Truman recognized it on the same day.", null))
                .containsExactly("1948-05-14", "1948-05-14");
        assertThat(dates("In January 1991 rebels took the city; the embassy closed that same year.", null))
                .containsExactly("1991-01", "1991");
        assertThat(dates("Relations began in 1950. A year later the legation opened.", null)).containsExactly("1950", "1951");
    }

    @Test
    void readsTheFormsPostsWriteDatesIn() {
        assertThat(dates("On 11/16/1933 FDR and Litvinov exchanged notes", null)).containsExactly("1933-11-16");
        assertThat(dates("16.11.1933 установлены отношения", null)).containsExactly("1933-11-16");
        assertThat(dates("on Dec. 13, 1933http://go.usa.gov/x", null)).containsExactly("1933-12-13");
        assertThat(dates("When did the U.S. recognize the USSR? Answer: in '33.", LocalDate.of(2023, 1, 1))).containsExactly("1933");
        assertThat(dates("After recognition in the autumn of 1933, Bullitt went", null)).containsExactly("1933");
        assertThat(dates("Joseph E. Davies (1936-38) went", null)).containsExactly("1936");
        assertThat(dates("Осенью 1933-го Вашингтон признал СССР", null)).containsExactly("1933");
        assertThat(dates("Estonia and Latvia on 9/4, Lithuania on 9/6/1991", null)).containsExactly("1991-09-04", "1991-09-06");
        assertThat(dates("В этот день 1 марта 1979 г.", null)).containsExactly("1979-03-01");
    }

    @Test
    void aThreadMarkerOrACountIsNoDate() {
        assertThat(dates("(1/4) A thread on the Baltics", null)).isEmpty();
        assertThat(dates("stayed 24 years, through six presidents", null)).isEmpty();
        assertThat(dates("in the 1920s it chose not to", null)).isEmpty();
    }

    @Test
    void readsRelativeDatesFromTheDateBefore() {
        assertThat(dates("The embassy opened in Tallinn on Oct. 2, 1991, and the one in Vilnius a week later.", null))
                .containsExactly("1991-10-02", "1991-10-09");
        assertThat(dates("1 января 1979 года ... Посольство открылось 6 августа того же года.", null)).containsExactly("1979-01-01", "1979-08-06");
        assertThat(dates("Recognized on May 14, 1948; that same September an envoy came.", null)).containsExactly("1948-05-14", "1948-09");
        assertThat(dates("75 years ago today, Truman recognized Israel", LocalDate.of(2023, 5, 14))).containsExactly("1948-05-14");
        assertThat(dates("On this day in 1993 the U.S. recognized the Czech Republic.", LocalDate.of(2023, 1, 1))).containsExactly("1993-01-01");
        assertThat(dates("В этот день в 1993 году США признали Чехию.", LocalDate.of(2023, 1, 1))).containsExactly("1993-01-01");
        // without the post's date, or with a year that does not follow it, the year alone
        assertThat(dates("On this day in 1993 the U.S. recognized the Czech Republic.", null)).containsExactly("1993");
        assertThat(dates("The embassy that stands today in Prague opened in 1993.", LocalDate.of(2023, 1, 1))).containsExactly("1993");
    }

    @Test
    void countsDaysAndMonthsOnlyFromADateThatPrecise() {
        assertThat(dates("Israel was proclaimed on 14 May 1948; the Soviet Union recognized it three days later.", null))
                .containsExactly("1948-05-14", "1948-05-17");
        assertThat(dates("Израиль провозглашён 14 мая 1948 года, а СССР признал его через три дня.", null))
                .containsExactly("1948-05-14", "1948-05-17");
        assertThat(dates("The legation closed in November 1941 and reopened two months later.", null)).containsExactly("1941-11", "1942-01");
        // "three days later" after a year alone: the day, and even the year, are unknown
        assertThat(dates("Israel was proclaimed in 1948; the Soviet Union recognized it three days later.", null)).containsExactly("1948");
        assertThat(dates("The mission opened in March 1990 and closed five days later.", null)).containsExactly("1990-03");
        assertThat(dates("Kosovo declared independence on February 17, 2008; the U.S. recognized it the next day.", null))
                .containsExactly("2008-02-17", "2008-02-18");
        assertThat(dates("Отношения установлены 2 января 1992 года, посольство открылось в следующем году.", null))
                .containsExactly("1992-01-02", "1993");
        // "a day after" / "five months after" an event tells when that event was, counted back: no date of its own
        assertThat(dates("On Oct. 2, 1949, just a day after Mao proclaimed the People's Republic, Moscow recognized it.", null))
                .containsExactly("1949-10-02");
        assertThat(dates("On April 7, 1980, relations were severed, five months after the embassy was seized.", null)).containsExactly("1980-04-07");
        // "next" before no unit of time is no date
        assertThat(dates("Relations were restored on May 5, 1992; the next ambassador came.", null)).containsExactly("1992-05-05");
    }

    @Test
    void aCountAfterADashIsNoRangesEnd() {
        assertThat(dates("Liberia became a republic in 1847--102 years later, its first U.S. ambassador came", null))
                .containsExactly("1847", "1949");
        assertThat(dates("Либерия стала республикой в 1847 году — спустя 102 года туда прибыл посол", null)).containsExactly("1847", "1949");
        // a tenure is still a range: its end is no date
        assertThat(dates("Wharton served as Minister to Romania 1958-1960, then in Norway 1961-64", null)).containsExactly("1958", "1961");
    }

    @Test
    void aDateWrittenJustAfterACountedOneIsTheDateMeant() {
        assertThat(dates("Relations followed in March 1949. Seventy years later our embassy opened in Jerusalem, on May 14, 2018.", null))
                .containsExactly("1949-03", "2018-05-14");
        assertThat(dates("Отношения установлены в марте 1949 г. Спустя семьдесят лет, 14 мая 2018 г., посольство открылось в Иерусалиме.", null))
                .containsExactly("1949-03", "2018-05-14");
        // a written date of another year is another event: the count stays
        assertThat(dates("Relations followed in 1949. Ten years later a consulate opened, and in 1975 an embassy.", null))
                .containsExactly("1949", "1959", "1975");
    }
}
