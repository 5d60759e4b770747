package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A text about two states other than the United States goes on about them until it names the
 * United States: a later claim naming one of the two is about the pair, not about that state and the U.S.
 */
class DiscoursePairIT {
    private static List<String> read(String text) {
        return ClaimLines.withoutPersons(text);
    }

    @Test
    void aLaterClaimNamingOneOfThePairIsAboutThePair() {
        assertThat(read("Poland and the Soviet Union established diplomatic relations in 1921. Moscow broke off ties in April 1943."))
                .contains("relations-severed poland–russia 1943-04");
        assertThat(read("Egypt and Israel established diplomatic relations in 1979 and exchanged ambassadors in February 1980."))
                .contains("envoy-appointed egypt–israel 1980-02")
                .noneMatch(c -> c.contains("united-states"));
    }

    @Test
    void aClaimNamingTheUnitedStatesOrNearItStaysWithTheUnitedStates() {
        assertThat(read("Poland and the Soviet Union established diplomatic relations in 1921. The United States recognized Poland in 1919."))
                .contains("recognition poland–united-states 1919");
        assertThat(read("Poland and the Soviet Union established diplomatic relations in 1921. Washington severed ties with Moscow in 1925."))
                .contains("relations-severed russia–united-states 1925");
    }
}
