package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Verdicts that reason about what the record covers: an act after every event the record holds for
 * a pair, following an undoing beyond the record, is unverifiable; a later date with no such
 * undoing is the record's act misdated. And a U.S. interests section housed in another state's
 * embassy is no record of that state's mission in Washington.
 */
class RecordCoverageIT {
    @Test
    void aReopeningAfterAClosingTheRecordDoesNotHoldIsUnverifiable() {
        assertThat(ClaimLines.withVerdicts("In February 2022 the embassy in Kyiv suspended operations; it reopened in May 2022."))
                .contains("mission-opened ukraine–united-states 2022-05 UNVERIFIABLE");
        assertThat(ClaimLines.withVerdicts("Посольство США в Кабуле вновь открылось 3 марта 2030 года."))
                .containsExactly("mission-opened afghanistan–united-states 2030-03-03 UNVERIFIABLE");
    }

    @Test
    void aLaterDateWithNoUndoingBeyondTheRecordIsContradicted() {
        assertThat(ClaimLines.withVerdicts("The U.S. Embassy in Kyiv opened in May 2022."))
                .containsExactly("mission-opened ukraine–united-states 2022-05 CONTRADICTED");
        assertThat(ClaimLines.withVerdicts("Relations with Yugoslavia were severed in 1999 and re-established on 12 November 2001."))
                .contains("relations-resumed serbia–united-states 2001-11-12 CONTRADICTED");
    }

    @Test
    void aUsInterestsSectionInAForeignEmbassyIsNoForeignMissionInWashington() {
        assertThat(ClaimLines.withVerdicts("Iraq opened an interests section in Washington in 1972."))
                .containsExactly("mission-opened iraq–united-states 1972 UNVERIFIABLE");
        assertThat(ClaimLines.withVerdicts("The U.S. interests section in Baghdad opened on October 1, 1972."))
                .containsExactly("mission-opened iraq–united-states 1972-10-01 SUPPORTED");
    }
}
