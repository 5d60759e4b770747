package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A country name borne by several territories of the record at different dates is the one that
 * bore it at the claim's date: "Yugoslavia" is the kingdom and socialist federation until 1992 and
 * the Federal Republic, the record's serbia line, from 1992 to 2003.
 */
class NamesOverTimeIT {
    private static List<String> read(String text) {
        return ClaimLines.withoutPersons(text);
    }

    @Test
    void yugoslaviaIn1999IsTheFederalRepublicTheRecordFilesAsSerbia() {
        assertThat(read("On March 23, 1999, the U.S. severed relations with Yugoslavia.")).containsExactly(
                "relations-severed serbia–united-states 1999-03-23");
        assertThat(read("23 марта 1999 года США разорвали дипломатические отношения с Югославией.")).containsExactly(
                "relations-severed serbia–united-states 1999-03-23");
    }

    @Test
    void yugoslaviaIn1930IsTheKingdom() {
        assertThat(read("In 1930 the United States opened a legation in Yugoslavia.")).allMatch(c -> c.contains("kingdom-of-yugoslavia–united-states"))
                .isNotEmpty();
        assertThat(read("The U.S. severed relations with Yugoslavia in 1941.")).containsExactly(
                "relations-severed kingdom-of-yugoslavia–united-states 1941");
    }

    @Test
    void aNameOnlyOneTerritoryBoreStaysItsOwnAtAnyDate() {
        assertThat(read("On March 23, 1999, the U.S. severed relations with Serbia.")).containsExactly(
                "relations-severed serbia–united-states 1999-03-23");
        assertThat(read("In 1999 the U.S. severed relations with the Kingdom of Yugoslavia.")).containsExactly(
                "relations-severed kingdom-of-yugoslavia–united-states 1999");
    }

    /** Each claim of a long post looks at its own parties' names only: claims before and after about other states change nothing. */
    @Test
    void inALongPostEachClaimStillResolvesYugoslaviaByItsOwnDate() {
        String others = "In 1922 the United States recognized Estonia. Relations with France were established in 1778. ";
        String post = others.repeat(20) + "On March 23, 1999, the U.S. severed relations with Yugoslavia. " + others.repeat(20)
                + "The U.S. severed relations with Yugoslavia in 1941. " + others;
        assertThat(read(post)).contains("relations-severed serbia–united-states 1999-03-23",
                "relations-severed kingdom-of-yugoslavia–united-states 1941");
    }
}
