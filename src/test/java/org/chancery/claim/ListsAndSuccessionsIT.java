package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.event.EventKind;
import org.junit.jupiter.api.Test;

/**
 * Two constructions of posts the grammar reads across its stages: a list whose items carry their
 * own dates with the verb said once (gapping), and a successor who takes the post of the envoy
 * named before. Each with the counter-example that must stay as it was.
 */
class ListsAndSuccessionsIT {
    private static List<String> read(String text) {
        return ClaimLines.withPersons(text);
    }

    @Test
    void eachStateOfADatedListTakesTheDateWrittenAfterIt() {
        assertThat(read("Normal diplomatic relations resumed: Estonia and Latvia on 9/4, Lithuania on 9/6/1991.")).containsExactly(
                "relations-resumed estonia–united-states 1991-09-04",
                "relations-resumed latvia–united-states 1991-09-04",
                "relations-resumed lithuania–united-states 1991-09-06");
        assertThat(read("Washington established relations with Canada in 1927, Australia in 1940 and New Zealand in 1942.")).containsExactly(
                "relations-established canada–united-states 1927",
                "relations-established australia–united-states 1940",
                "relations-established new-zealand–united-states 1942");
    }

    @Test
    void thePostsFlagsAreNoListOfTheText() {
        assertThat(read("🇨🇦🇦🇺🇳🇿 Answers: the U.S. established relations with Canada 1927, Australia 1940, New Zealand 1942.")).containsExactly(
                "relations-established canada–united-states 1927",
                "relations-established australia–united-states 1940",
                "relations-established new-zealand–united-states 1942");
    }

    @Test
    void oneDateBeforeOrAfterTheWholeListBelongsToEveryState() {
        assertThat(read("In 1991 the U.S. established relations with Estonia, Latvia and Lithuania.")).containsExactly(
                "relations-established estonia–united-states 1991",
                "relations-established latvia–united-states 1991",
                "relations-established lithuania–united-states 1991");
        assertThat(read("The U.S. resumed relations with Estonia, Latvia and Lithuania on September 6, 1991.")).containsExactly(
                "relations-resumed estonia–united-states 1991-09-06",
                "relations-resumed latvia–united-states 1991-09-06",
                "relations-resumed lithuania–united-states 1991-09-06");
    }

    @Test
    void aSuccessorTakesThePostOfTheEnvoyNamedBefore() {
        assertThat(read("Льюэллин Томпсон вручил верительные грамоты в Москве в июле 1957 года, а в 1962 году его сменил Фой Колер."))
                .contains("envoy-appointed russia–united-states 1962 [kohler-foy-david]");
        assertThat(read("Abba Eban served as Israel's ambassador in Washington from 1950. Avraham Harman took over in September 1959."))
                .contains("envoy-appointed israel–united-states 1959-09");
        assertThat(ClaimLines.CHECKER.check("Abba Eban served as Israel's ambassador in Washington from 1950. Avraham Harman took over in September 1959.",
                null).claims()).allSatisfy(c -> assertThat(c.persons()).isEmpty());
    }

    @Test
    void aTakeoverWithoutAPersonOrWithoutAnEnvoyBeforeIsNoAppointment() {
        assertThat(read("Abba Eban served as Israel's ambassador in Washington from 1950. The Likud took over in 1977."))
                .noneMatch(c -> c.contains("1977"));
        assertThat(read("Avraham Harman took over in September 1959.")).isEmpty();
    }

    @Test
    void aSentenceNamingARankOfItsOwnDoesNotInheritThePostBefore() {
        List<String> claims = read("William A. Wilson presented his credentials to Pope John Paul II as the first U.S. ambassador to the Holy See in April 1984. "
                + "The Vatican's first pro-nuncio in Washington, Archbishop Pio Laghi, was appointed the same year.");
        assertThat(claims).contains("credentials-presented holy-see–united-states 1984-04 [wilson-william-a]");
        // the pro-nuncio is the Holy See's envoy to the United States, no successor to Wilson's post: never supported by Wilson's tenure
        assertThat(ClaimLines.CHECKER.check("William A. Wilson presented his credentials to Pope John Paul II as the first U.S. ambassador "
                + "to the Holy See in April 1984. The Vatican's first pro-nuncio in Washington, Archbishop Pio Laghi, was appointed the same year.",
                null).claims()).filteredOn(c -> c.kind() == org.chancery.event.EventKind.ENVOY_APPOINTED)
                .allSatisfy(c -> assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE));
    }
}
