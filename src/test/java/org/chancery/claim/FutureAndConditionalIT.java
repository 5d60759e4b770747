package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What did not happen is no claim: the future ("will open"), the Russian conditional after its verb
 * («открыли бы»); and an act said as a gerund after "after" only dates the verb before it. Each with
 * the statement of fact beside it that stays a claim.
 */
class FutureAndConditionalIT {
    @Test
    void theFutureIsNoClaim() {
        assertThat(ClaimLines.withoutPersons("The State Department will open a new embassy compound in Kyiv in 2026.")).isEmpty();
        assertThat(ClaimLines.withoutPersons("США откроют посольство в Улан-Баторе в 2030 году, а посольство будет открыто в Минске.")).isEmpty();
        assertThat(ClaimLines.withoutPersons("The State Department opened the embassy in Kyiv on January 23, 1992, and it will mark the date."))
                .containsExactly("mission-opened ukraine–united-states 1992-01-23");
    }

    @Test
    void theRussianConditionalAfterItsVerbIsNoClaim() {
        assertThat(ClaimLines.withoutPersons("Если бы не война, США открыли бы посольство в Кабуле ещё в 1940 году.")).isEmpty();
        assertThat(ClaimLines.withoutPersons("США открыли миссию в Кабуле в 1942 году.")).containsExactly("mission-opened afghanistan–united-states 1942");
    }

    @Test
    void aGerundAfterAfterDatesTheVerbBeforeIt() {
        assertThat(ClaimLines.withoutPersons("The U.S. opened its embassy in Almaty on February 3, 1992, weeks after recognizing Kazakhstan."))
                .containsExactly("mission-opened kazakhstan–united-states 1992-02-03");
        assertThat(ClaimLines.withoutPersons("Recognizing Kazakhstan on December 25, 1991, the U.S. opened an embassy in Almaty in February 1992.")).containsExactly(
                "recognition kazakhstan–united-states 1991-12-25", "mission-opened kazakhstan–united-states 1992-02");
    }

    @Test
    void readsACapitalWrittenInRussian() {
        assertThat(ClaimLines.withoutPersons("12 января 1991 года было закрыто посольство США в Багдаде."))
                .containsExactly("mission-closed iraq–united-states 1991-01-12");
        assertThat(ClaimLines.withoutPersons("Посольство США в Праге открылось 1 января 1993 года."))
                .containsExactly("mission-opened czech-republic–united-states 1993-01-01");
    }
}
