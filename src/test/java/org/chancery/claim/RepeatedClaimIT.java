package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.SharedData;
import org.chancery.event.EventKind;
import org.chancery.store.CachedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An envoy claim said twice and then dated by the same envoy named again: found while checking a
 * 1 MB post made of the tweet archive twice over, where it stopped the check with an internal error.
 */
class RepeatedClaimIT {
    private static final ClaimChecker CHECKER = new ClaimChecker(new CachedStore(SharedData.store()));

    @ParameterizedTest
    @ValueSource(strings = {
            "Joseph Davies was appointed ambassador to the Soviet Union. Joseph Davies was appointed ambassador to the Soviet Union. "
                    + "In 1936 he was succeeded by Joseph Davies.",
            "Правильный ответ: Джозеф Дэвис, назначенный послом в СССР. Правильный ответ: Джозеф Дэвис, назначенный послом в СССР. "
                    + "В 1936 году его сменил Джозеф Дэвис.",
    })
    void anEnvoyClaimSaidTwiceIsOneClaimThatTheSameEnvoyNamedAgainDates(String post) {
        CheckResult r = CHECKER.check(post, null);
        assertThat(r.claims()).filteredOn(c -> c.kind() == EventKind.ENVOY_APPOINTED).hasSize(1)
                .singleElement().satisfies(c -> assertThat(String.valueOf(c.date())).isEqualTo("1936"));
    }

    @Test
    void theTweetArchiveTwiceOverInOnePostIsChecked() {
        StringBuilder post = new StringBuilder();
        for (int round = 0; round < 2; round++) {
            for (Archive.Post p : Archive.read(SharedData.dir().resolve("twitter"))) post.append(p.text()).append('\n');
        }
        assertThat(CHECKER.check(post.substring(0, Math.min(post.length(), InputGuard.MAX_CHARS)), null).claims()).isNotEmpty();
    }
}
