package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who a claim is about when the text does not name it where the verb stands: a pronoun object of
 * a recognition ("recognized it") stands for the state named before, never for the United States by
 * default; a protecting power acting on behalf of another state is no party; a mission in
 * Washington whose owner is not said is another state's. Each with the counter-example that keeps its reading.
 */
class ReferentsAndGoBetweensIT {
    private static List<String> read(String text) {
        return ClaimLines.withoutPersons(text);
    }

    @Test
    void itAfterARecognitionStandsForTheStateNamedBefore() {
        assertThat(read("Israel was proclaimed on 14 May 1948; the United States recognized it within minutes and the Soviet Union recognized it three days later."))
                .containsExactly("recognition israel–united-states 1948-05-14", "recognition israel–russia 1948-05-17");
        assertThat(read("Израиль провозглашён 14 мая 1948 года; США признали его в тот же день, а СССР признал его через три дня."))
                .containsExactly("recognition israel–united-states 1948-05-14", "recognition israel–russia 1948-05-17");
        assertThat(read("Kosovo declared independence on February 17, 2008, and the United States recognized it the next day."))
                .containsExactly("recognition kosovo–united-states 2008-02-18");
        assertThat(read("Estonia, Latvia and Lithuania restored independence in 1991; the U.S. recognized them on September 2, 1991.")).containsExactly(
                "recognition estonia–united-states 1991-09-02", "recognition latvia–united-states 1991-09-02",
                "recognition lithuania–united-states 1991-09-02");
    }

    @Test
    void itWithNoStateNamedBeforeIsNoClaim() {
        assertThat(read("The new state was proclaimed on 14 May 1948; the Soviet Union recognized it three days later.")).isEmpty();
        assertThat(read("A new government took power in October 1968, and Moscow recognized it in February 1969.")).isEmpty();
        assertThat(read("Новое правительство пришло к власти в 1968 году, а Москва признала его в 1969 году.")).isEmpty();
    }

    @Test
    void itsBeforeANounIsNoPronounObject() {
        assertThat(read("Ukraine declared independence in August 1991; the United States recognized its independence on December 25, 1991."))
                .containsExactly("recognition ukraine–united-states 1991-12-25");
    }

    @Test
    void aProtectingPowerActingForAnotherStateIsNoParty() {
        assertThat(read("Switzerland, on behalf of the United States, opened an interests section in Havana on September 1, 1977."))
                .containsExactly("mission-opened cuba–united-states 1977-09-01");
        assertThat(read("On September 1, 1977 the Swiss, acting as protecting power, opened a U.S. interests section in Havana."))
                .containsExactly("mission-opened cuba–united-states 1977-09-01");
        assertThat(read("Швейцария от имени США открыла секцию интересов в Гаване 1 сентября 1977 года."))
                .containsExactly("mission-opened cuba–united-states 1977-09-01");
    }

    @Test
    void aProtectingPowerIsNeverTheStateAClaimFallsBackOn() {
        assertThat(read("Польша от имени США с 1991 года представляла американские интересы в Багдаде, где 12 января 1991 года было закрыто посольство США."))
                .containsExactly("mission-closed iraq–united-states 1991-01-12");
        assertThat(read("Sweden, on behalf of the United States, looked after its interests there; the embassy had closed on January 12, 1991."))
                .isEmpty();
    }

    @Test
    void aStateActingForItselfStaysAParty() {
        assertThat(read("Switzerland opened a legation in Havana in 1902.")).containsExactly("mission-opened cuba–switzerland 1902");
        assertThat(read("Швейцария открыла миссию в Гаване в 1902 году.")).containsExactly("mission-opened cuba–switzerland 1902");
    }

    @Test
    void aMissionInWashingtonWhoseOwnerIsNotSaidIsTheOtherStates() {
        assertThat(ClaimLines.withVerdicts("Cuba opened an interests section in Washington in 1978."))
                .containsExactly("mission-opened cuba–united-states 1978 UNVERIFIABLE");
        assertThat(ClaimLines.withVerdicts("The U.S. opened an embassy in Moscow in 1933."))
                .containsExactly("mission-opened russia–united-states 1933 SUPPORTED");
    }
}
