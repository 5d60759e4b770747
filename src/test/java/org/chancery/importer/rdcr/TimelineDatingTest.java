package org.chancery.importer.rdcr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimelineDatingTest {

    @Test
    void takesTheExactDateFromTheProseInTheHeadsYear() {
        var d = TimelineDating.date(1933, "Normal diplomatic relations were resumed on November 16, 1933, when President Roosevelt");
        assertThat(d).get().extracting(x -> x.date().toString()).isEqualTo("1933-11-16");
    }

    @Test
    void skipsProseDatesOfOtherYears() {
        var d = TimelineDating.date(1809, "The process began in August 1807. Relations were established on July 14, 1809.");
        assertThat(d.get().date().toString()).isEqualTo("1809-07-14");
    }

    @Test
    void prefersTheMostPreciseDateOfTheYear() {
        var d = TimelineDating.date(1917, "Submarine warfare in early 1917 led to the termination. On February 3, 1917, Lansing informed Bernstorff.");
        assertThat(d.get().date().toString()).isEqualTo("1917-02-03");
    }

    @Test
    void keepsMonthPrecisionWhenThatIsAllTheProseSays() {
        assertThat(TimelineDating.date(1809, "Adams was nominated in March 1809.").get().date().toString()).isEqualTo("1809-03");
    }

    @Test
    void fallsBackToTheHeadsYearAtYearPrecision() {
        var d = TimelineDating.date(1960, "The United States recognized the new republic.");
        assertThat(d.get().date().toString()).isEqualTo("1960");
        assertThat(d.get().position()).isEqualTo(-1);
    }

    @Test
    void aHeadWithoutYearTakesTheFirstProseDate() {
        assertThat(TimelineDating.date(null, "On May 14, 1948, and later in 1949.").get().date().toString()).isEqualTo("1948-05-14");
        assertThat(TimelineDating.date(null, "No date here.")).isEmpty();
    }
}
