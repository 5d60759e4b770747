package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Envoys said otherwise than with "appointed" or "presented his credentials": a reception of an
 * envoy (his rank the direct object of "received", «принял») is the presentation of his credentials;
 * a Russian instrumental rank before "был" says who held it; a second rank after "and"/"&" with its
 * own post and years is a second appointment; a "when" clause of one list item is that item's. Each with the counter-example that keeps no such claim.
 */
class EnvoyReceptionsIT {
    @Test
    void receivingAnEnvoyIsThePresentationOfHisCredentials() {
        assertThat(ClaimLines.withVerdicts("On April 19, 1782 the States General of the Netherlands received John Adams as minister of the United States."))
                .containsExactly("credentials-presented netherlands–united-states 1782-04-19 SUPPORTED");
        assertThat(ClaimLines.withoutPersons("Король Швеции принял посланника США 5 мая 1818 года."))
                .containsExactly("credentials-presented sweden–united-states 1818-05-05");
    }

    @Test
    void receivingSomethingElseFromAnEnvoyIsNoPresentation() {
        assertThat(ClaimLines.withoutPersons("In 1946 the Secretary received a cable from Ambassador Kennan in Moscow.")).isEmpty();
        assertThat(ClaimLines.withoutPersons("В 1946 году госсекретарь принял решение отозвать посла из Москвы.")).isEmpty();
    }

    @Test
    void aRussianInstrumentalRankBeforeWasSaysWhoHeldIt() {
        assertThat(ClaimLines.withPersons("С 1991 года послом США в Албании был Уильям Райерсон."))
                .containsExactly("envoy-appointed albania–united-states 1991 [ryerson-william-edwin]");
        assertThat(ClaimLines.withVerdicts("С 1902 года послом Франции в США был Жюссеран."))
                .containsExactly("envoy-appointed france–united-states 1902 UNVERIFIABLE");
    }

    @Test
    void aRankNamedBeforeWasWithoutTheInstrumentalIsNoAppointment() {
        assertThat(ClaimLines.withoutPersons("Посол Буллит был в Москве в 1934 году.")).isEmpty();
        assertThat(ClaimLines.withoutPersons("Ambassador Dubs was in Kabul in 1979.")).isEmpty();
    }

    @Test
    void aSecondTenureAfterAndWithTheVerbSaidOnceIsASecondAppointment() {
        assertThat(ClaimLines.withPersons("Wharton served as Minister to Romania 1958-1960 & Ambassador to Norway 1961-1964.")).containsExactly(
                "envoy-appointed romania–united-states 1958 [wharton-clifton-reginald]",
                "envoy-appointed norway–united-states 1961 [wharton-clifton-reginald]");
        assertThat(ClaimLines.withPersons("Clifton R. Wharton was Minister to Romania 1958-1960 and Ambassador to Norway 1961-1964.")).containsExactly(
                "envoy-appointed romania–united-states 1958 [wharton-clifton-reginald]",
                "envoy-appointed norway–united-states 1961 [wharton-clifton-reginald]");
        assertThat(ClaimLines.withoutPersons("Уортон был назначен посланником в Румынии в 1958 году и послом в Норвегии в 1961 году.")).containsExactly(
                "envoy-appointed romania–united-states 1958", "envoy-appointed norway–united-states 1961");
    }

    @Test
    void aRankAfterAndWithAVerbOrNoYearOfItsOwnIsNoSecondTenure() {
        assertThat(ClaimLines.withPersons("Wharton was appointed Minister to Romania in 1958, and Ambassador Gavin presented his credentials in Paris in 1961."))
                .containsExactly("envoy-appointed romania–united-states 1958 [wharton-clifton-reginald]",
                        "credentials-presented france–united-states 1961 [gavin-james-maurice]");
        assertThat(ClaimLines.withoutPersons("Wharton served as Minister to Romania 1958-1960 and ambassadors to Norway were rare."))
                .containsExactly("envoy-appointed romania–united-states 1958");
        // a copula and a rank without a tenure says no appointment
        assertThat(ClaimLines.withoutPersons("Wharton was Minister to Romania in 1959.")).isEmpty();
    }

    @Test
    void aWhenClauseOfOneListItemIsThatItemsOnly() {
        assertThat(ClaimLines.withoutPersons("Who recognized the US first? France in Feb. 1778; the Dutch Republic on April 19, 1782, when it received "
                + "John Adams as minister; Sweden in 1784.")).containsExactlyInAnyOrder(
                "recognition france–united-states 1778-02", "recognition netherlands–united-states 1782-04-19",
                "credentials-presented netherlands–united-states 1782-04-19", "recognition sweden–united-states 1784");
    }
}
