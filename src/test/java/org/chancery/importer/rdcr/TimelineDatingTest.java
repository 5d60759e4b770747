package org.chancery.importer.rdcr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    private static String dated(String head, Integer year, String prose) {
        return TimelineDating.date(year, prose, KindRules.read(head, prose, year)).orElseThrow().date().toString();
    }

    @Test
    void takesTheDateOfTheClauseThatStatesTheEvent() {
        assertThat(dated("U.S. Embassy in Serbia Reopened, 2001", 2001, "The U.S. Embassy reopened in May 2001, and William Dale Montgomery"
                + " was appointed Ambassador to Serbia on November 26, 2001.")).isEqualTo("2001-05");
        assertThat(dated("Relations from 1980 to 2004", 1980, "U.S. Chargé d’Affaires William Eagleton, Jr. was recalled February 8, 1980,"
                + " and the U.S. Embassy at Tripoli closed May 2, 1980.")).isEqualTo("1980-05-02");
    }

    @Test
    void aWhenClauseDatesTheEventItFollows() {
        assertThat(dated("American Embassy in Italy Re-opened, 1945", 1945, "Ambassador Alexander C. Kirk re-opened the U.S. Embassy in Rome"
                + " when he presented his credentials on January 8, 1945.")).isEqualTo("1945-01-08");
    }

    @Test
    void anEventStatedWithoutADateWhereItsSentenceDatesAnotherActTakesTheHeadsYear() {
        assertThat(dated("Kingdom of Naples Recognition of the United States, 1796", 1796, "The Kingdom of Naples recognized the United States"
                + " when it accepted the credentials of U.S. consular agent John S. M. Matthiew, who was appointed to the position of"
                + " U.S. Consul in Naples on May 20, 1796.")).isEqualTo("1796");
        assertThat(dated("Normal Diplomatic Relations Interrupted, 1917", 1917, "Normal diplomatic relations were interrupted following the"
                + " November 7, 1917, Bolshevik Revolution in Russia. On December 6, 1917, President Woodrow Wilson instructed all American"
                + " diplomatic representatives to refrain from any direct communication.")).isEqualTo("1917");
    }

    @Test
    void thatSameDayIsTheDateSaidBefore() {
        assertThat(dated("U.S. Recognition of Barbados’ Independence, 1966", 1966, "Barbados became independent on November 30, 1966."
                + " The United States recognized Barbados’ independence that same day when it opened the American Embassy in Bridgetown."))
                .isEqualTo("1966-11-30");
    }

    @Test
    void aDateThatNamesSomethingDoesNotDateTheEntry() {
        assertThat(dated("Additional Article to Convention of 1827, 1828", 1828, "On June 7, 1828, and Additional Article to the Convention"
                + " of 1827 was signed by the United States and the Hanseatic Republics.")).isEqualTo("1828-06-07");
        assertThat(dated("Arrangement Providing for the Reception of the Indemnity Under the Convention of October 14, 1832", null,
                "This agreement, concluded in Washington, D.C., by U.S. Secretary of State John Forsyth on December 26, 1835.")).isEqualTo("1835-12-26");
    }

    @Test
    void aDeniedEventIsDatedByTheHeadsYear() {
        assertThat(dated("U.S. Recognition of the Government of Angola, 1975", 1975, "Portugal granted Angola independence on November 11,"
                + " 1975. The U.S. Government did not recognize the Government of Angola declared by the MPLA.")).isEqualTo("1975");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "Establishment of Diplomatic Relations, 1809|1809",
            "American Legation Moves During the Spanish Civil War, 1936-39|1936",
            "Consulate in Carlsbad (Karlovy Vary), 1906-1917, permanently closed, 1922|1922",
            "Additional Article to Convention of 1827, 1828|1828",
            "Arrangement Providing for the Reception of the Indemnity Remaining Under the Convention of October 14, 1832|none",
            "Relations from 1980 to 2004|1980",
            "Revolution of 1956 and U.S.-Hungarian Relations, 1956-1957|1956",
            "U.S. Recognition of Andorra|none",
    })
    void theHeadsYearIsTheLastYearWrittenThatIsNeitherARangesEndNorPartOfAName(String head, Integer year) {
        assertThat(RdcrImporter.headYear(head)).isEqualTo(year);
    }
}
