package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.SharedData;
import org.chancery.store.CachedStore;
import org.junit.jupiter.api.Test;

/**
 * "Our ambassador" / "наш посол" is the envoy of the state the post speaks for, known by an
 * embassy's handle or a flag signing the post; with no sender known, whose envoy it is is not guessed.
 */
class SendersOwnEnvoyIT {
    private static final ClaimChecker CHECKER = new ClaimChecker(new CachedStore(SharedData.store()));

    private static List<String> read(String text) {
        return CHECKER.check(text, null).claims().stream()
                .map(c -> c.kind().slug() + " " + String.join("–", c.parties().stream().map(Object::toString).toList()) + " " + c.date()
                        + " " + c.verdict())
                .toList();
    }

    @Test
    void ourAmbassadorInAUsEmbassysPostIsTheUnitedStatesEnvoy() {
        assertThat(read("Our first ambassador presented his credentials in Moscow on December 13, 1933. @USEmbRussia")).containsExactly(
                "credentials-presented russia–united-states 1933-12-13 SUPPORTED");
        assertThat(read("Наш первый посол вручил верительные грамоты в Москве 13 декабря 1933 года. 🇺🇸")).containsExactly(
                "credentials-presented russia–united-states 1933-12-13 SUPPORTED");
    }

    @Test
    void ourAmbassadorInAnotherStatesPostIsThatStatesEnvoyNotAUnitedStatesOne() {
        assertThat(read("Our ambassador presented his credentials in Washington in 1950. @IsraelinUSA")).containsExactly(
                "credentials-presented israel–united-states 1950 UNVERIFIABLE");
        // an embassy's handle may abbreviate its state: one the post names
        assertThat(read("India and the Soviet Union established relations in April 1947. Our first ambassador in Moscow presented her credentials later in 1947. @IndEmbMoscow"))
                .contains("credentials-presented india–russia 1947 UNVERIFIABLE");
    }

    @Test
    void ourAmbassadorWithNoSenderKnownIsNobodysGuess() {
        assertThat(read("Our first ambassador presented his credentials in Moscow on December 13, 1933.")).isEmpty();
        assertThat(read("Наш посол вручил верительные грамоты в Москве 13 декабря 1933 года.")).isEmpty();
        // senders that disagree are no sender; a pair of flags names both states, not the sender
        assertThat(read("Our ambassador presented his credentials in Moscow on December 13, 1933. @IsraelinUSA @USEmbRussia")).isEmpty();
        assertThat(read("Our ambassador presented his credentials in Moscow on December 13, 1933. 🇺🇸🇷🇺")).isEmpty();
        // the envoy a post names as the United States' is that still
        assertThat(read("The first U.S. ambassador presented his credentials in Moscow on December 13, 1933.")).containsExactly(
                "credentials-presented russia–united-states 1933-12-13 SUPPORTED");
    }
}
