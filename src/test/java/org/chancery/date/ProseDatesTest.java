package org.chancery.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProseDatesTest {

    private static List<String> dates(String text) {
        return ProseDates.find(text).stream().map(m -> m.date().toString()).toList();
    }

    @Test
    void readsTheFormsTheRecordUses() {
        assertThat(dates("resumed on November 16, 1933, when")).containsExactly("1933-11-16");
        assertThat(dates("on 16 November 1933 the")).containsExactly("1933-11-16");
        assertThat(dates("on Nov. 16, 1933 the")).containsExactly("1933-11-16");
        assertThat(dates("in March 1809 Madison")).containsExactly("1809-03");
        assertThat(dates("until 1933.")).containsExactly("1933");
    }

    @Test
    void aLongerFormWinsOverTheYearInsideIt() {
        assertThat(dates("July 28, 1922, and again in 1923")).containsExactly("1922-07-28", "1923");
    }

    @Test
    void givesPositionsInTheText() {
        DateMention m = ProseDates.find("On December 13, 1933, Bullitt").get(0);
        assertThat("On December 13, 1933, Bullitt".substring(m.start(), m.end())).isEqualTo("December 13, 1933");
    }

    @Test
    void ignoresImpossibleDaysAndRanges() {
        assertThat(dates("February 30, 1900")).containsExactly("1900");
        assertThat(dates("Cardiff (1871-1963)")).isEmpty();
    }

    @Test
    void aDayWithoutItsYearTakesTheYearTheProseGivesIt() {
        List<DateMention> found = ProseDates.daysWithoutYear("The opening of Embassy Hanoi took place on August 6. It was 1995.", 1995);
        assertThat(found).extracting(m -> m.date().toString()).containsExactly("1995-08-06");
        assertThat("The opening of Embassy Hanoi took place on August 6.".substring(found.get(0).start(), found.get(0).end())).isEqualTo("August 6");
        assertThat(ProseDates.daysWithoutYear("on 6 August the Embassy opened", 1995)).extracting(m -> m.date().toString()).containsExactly("1995-08-06");
    }

    @Test
    void aDayWithItsYearOrAMonthAloneIsNoDayWithoutYear() {
        assertThat(ProseDates.daysWithoutYear("on August 6, 1995 the Embassy opened", 1995)).isEmpty();
        assertThat(ProseDates.daysWithoutYear("on 6 August 1995 the Embassy opened", 1995)).isEmpty();
        assertThat(ProseDates.daysWithoutYear("in August the Embassy opened; May 1 was later", 1995)).extracting(m -> m.date().toString()).containsExactly("1995-05-01");
        assertThat(ProseDates.daysWithoutYear("it may 5 times", 1995)).isEmpty();
        assertThat(ProseDates.daysWithoutYear("February 30 came", 1995)).isEmpty();
    }

    @Test
    void findsADateWhereverItBeginsAndAMonthOnlyWithItsCapital() {
        assertThat(dates("Sept. 3, 1901, then 1902")).containsExactly("1901-09-03", "1902");
        assertThat(dates("(May 4, 1950)")).containsExactly("1950-05-04");
        assertThat(dates("14 of March, 1903;2004")).containsExactly("1903-03-14", "2004");
        assertThat(dates("3rd of June 1810")).containsExactly("1810-06-03");
        assertThat(dates("Dec 25 1800")).containsExactly("1800-12-25");
        assertThat(dates("april 5, 1990 and in may 1991")).containsExactly("1990", "1991");
        assertThat(dates("x1999 and 1999/2000 and -1998 and 1997-8")).containsExactly("1999");
        assertThat(ProseDates.daysWithoutYear("(June 4) and 5th of July.", 1990)).extracting(m -> m.date().toString())
                .containsExactly("1990-06-04", "1990-07-05");
    }
}
