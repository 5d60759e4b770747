package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReasonTest {
    @Test
    void rendersAReasonInEnglishAndRussianFromItsCodeAndArguments() {
        Reason r = Reason.of(Reason.Code.RECORD_DATES_OTHERWISE, "Diplomatic Relations Severed, 1967", "1967-06-06", "1967-06-05");
        assertThat(r.render(Locale.ROOT)).isEqualTo("the record dates “Diplomatic Relations Severed, 1967” to 1967-06-06, not 1967-06-05");
        assertThat(r.render(Locale.of("ru"))).isEqualTo("запись датирует «Diplomatic Relations Severed, 1967» 1967-06-06, а не 1967-06-05");
    }

    @Test
    void everyCodeHasItsTextInEveryLanguageAndKeepsApostrophes() {
        for (Reason.Code c : Reason.Code.values()) {
            Reason r = Reason.of(c, "a", "b", "c", "d", "e");
            assertThat(r.render(Locale.ROOT)).doesNotContain("{");
            assertThat(r.render(Locale.of("ru"))).doesNotContain("{").isNotEqualTo(r.render(Locale.ROOT));
        }
        assertThat(Reason.of(Reason.Code.OTHER_STATES_ENVOY).render(Locale.ROOT)).contains("another state's envoys");
    }

    @Test
    void aLanguageWithoutItsFileFallsBackToEnglish() {
        assertThat(Reason.of(Reason.Code.NOTHING_ON_APPOINTMENT).render(Locale.GERMAN)).isEqualTo("the record holds nothing on this appointment");
    }
}
