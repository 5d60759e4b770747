package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Constructions of posts in which a claim's object, date or envoy stands apart from its verb:
 * a participle after a comma describing the object before it, each with the counter-example that
 * must stay as it was.
 */
class DetachedPartsIT {
    private static List<String> read(String text) {
        return ClaimLines.withPersons(text);
    }

    @Test
    void aParticipleAfterACommaSaysWhatBecameOfTheRelationsBeforeIt() {
        assertThat(read("In 2015 the United States restored relations with Cuba, severed in January 1961.")).containsExactly(
                "relations-resumed cuba–united-states 2015",
                "relations-severed cuba–united-states 1961-01");
        assertThat(read("В 1977 году США и Испания восстановили дипломатические отношения, прерванные в 1939 году.")).containsExactly(
                "relations-resumed spain–united-states 1977",
                "relations-severed spain–united-states 1939");
    }

    @Test
    void anActionAfterACommaThatOpensAClauseOfItsOwnDoesNotTakeTheObjectBeforeIt() {
        assertThat(read("The United States and Spain restored relations in 1977, after the civil war ended in 1939."))
                .containsExactly("relations-resumed spain–united-states 1977");
        assertThat(read("В 1977 году США и Испания восстановили отношения, когда закончилась война 1939 года."))
                .containsExactly("relations-resumed spain–united-states 1977");
    }

    @Test
    void aPlaceInATitleBeforeAGivenNameAndSurnameIsThePostNotAGivenName() {
        assertThat(read("US Ambassador to Russia Lynne Tracy presented her credentials on April 5, 2023."))
                .containsExactly("credentials-presented russia–united-states 2023-04-05 [tracy-lynne-m]");
        assertThat(read("Посол США в России Линн Трейси вручила верительные грамоты 5 апреля 2023 года."))
                .singleElement().asString().startsWith("credentials-presented russia–united-states 2023-04-05");
    }

    @Test
    void aPlaceBeforeASurnameAloneStaysAGivenName() {
        assertThat(read("Washington Irving presented his credentials in Madrid in 1842."))
                .containsExactly("credentials-presented spain–united-states 1842 [irving-washington]");
        assertThat(read("Frances E. Willis presented her credentials in Oslo on 19 June 1957."))
                .containsExactly("credentials-presented norway–united-states 1957-06-19 [willis-frances-elizabeth]");
    }

    @Test
    void theRussianImperfectivePastStatesTheActAsDone() {
        assertThat(read("Посольство США в Кабуле впервые закрывали в январе 1989 года."))
                .containsExactly("mission-closed afghanistan–united-states 1989-01");
        assertThat(read("Посол США в России Майкл Макфол грамоты вручал в январе 2012 года."))
                .containsExactly("credentials-presented russia–united-states 2012-01 [mcfaul-michael-anthony]");
        assertThat(read("Посольство США в Кабуле никогда не закрывали.")).isEmpty();
    }
}
