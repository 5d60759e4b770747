package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lists of states whose items carry their own dates, the verb said once: items after a full
 * clause ("…, and the Kingdom of Greece in 1837"), items of a question's answer, a dash before
 * each item's date («Лондон — 1893»), the list after a noun that only dates another verb ("within
 * days of the recognition: …"), and a date in brackets after its action. Each item is (state, own
 * date); the action goes to every item. Each construction with the counter-example that must stay
 * as it was: a state with a verb of its own, another state as the subject, two states that
 * establish relations between themselves, a go-between.
 */
class GappedItemsIT {
    private static List<String> read(String text) {
        return ClaimLines.withoutPersons(text);
    }

    @Test
    void anItemAfterAFullClauseTakesItsVerbWithItsOwnDate() {
        assertThat(read("Belgium was recognized in 1832, and the Kingdom of Greece by treaty in 1837.")).containsExactly(
                "recognition belgium–united-states 1832",
                "recognition greece–united-states 1837");
        assertThat(read("The United States recognized Slovakia's independence on Jan. 1, 1993, Eritrea's on April 27, 1993, and Palau's on Oct. 1, 1994."))
                .containsExactly(
                        "recognition slovakia–united-states 1993-01-01",
                        "recognition eritrea–united-states 1993-04-27",
                        "recognition palau–united-states 1994-10-01");
        assertThat(read("В 1991 году США восстановили отношения с Эстонией и Латвией 4 сентября, с Литвой — 6 сентября.")).containsExactly(
                "relations-resumed estonia–united-states 1991-09-04",
                "relations-resumed latvia–united-states 1991-09-04",
                "relations-resumed lithuania–united-states 1991-09-06");
    }

    @Test
    void whatFollowsAnItemsDateIsTheItemsOwn() {
        assertThat(read("The United States recognized Slovakia on Jan. 1, 1993, the day it became independent, and Eritrea on April 27, 1993."))
                .containsExactly(
                        "recognition slovakia–united-states 1993-01-01",
                        "recognition eritrea–united-states 1993-04-27");
    }

    @Test
    void theOneInACapitalIsAnItemOfTheMissionBefore() {
        assertThat(read("The U.S. embassy in Riga opened on Sept. 5, 1991, and the one in Tallinn a week later.")).containsExactly(
                "mission-opened latvia–united-states 1991-09-05",
                "mission-opened estonia–united-states 1991-09-12");
    }

    @Test
    void aDashBeforeEachDateMakesOneItemEach() {
        assertThat(read("Миссии США стали посольствами: Лондон — 1893, Париж — 1893, Берлин — 1893.")).containsExactly(
                "mission-raised united-kingdom–united-states 1893",
                "mission-raised france–united-states 1893",
                "mission-raised germany–united-states 1893");
        assertThat(read("США признали Эстонию и Латвию — 28 июля 1922 года, Литву — 30 июля 1922 года.")).containsExactly(
                "recognition estonia–united-states 1922-07-28",
                "recognition latvia–united-states 1922-07-28",
                "recognition lithuania–united-states 1922-07-30");
    }

    @Test
    void twoDatedItemsAreEachAClaimWithTheUnitedStatesNotAPairOfTheirOwn() {
        assertThat(read("In 2023 we established diplomatic relations with Palau 🇵🇼 in September and Nauru 🇳🇷 in October.")).containsExactly(
                "relations-established palau–united-states 2023-09",
                "relations-established nauru–united-states 2023-10");
        // the counter-example: no date between them, two states establish relations with each other
        assertThat(read("Estonia and Latvia established diplomatic relations in 1991.")).containsExactly(
                "relations-established estonia–latvia 1991");
    }

    @Test
    void aStateWithAVerbOfItsOwnIsNoItem() {
        assertThat(read("The U.S. recognized Estonia in 1922, and Finland signed a treaty in 1920.")).containsExactly(
                "recognition estonia–united-states 1922");
        // a word the lexicon does not know may be a verb: no item
        assertThat(read("The U.S. recognized Croatia on April 7, 1992, and Russia opposed the move in 1992.")).containsExactly(
                "recognition croatia–united-states 1992-04-07");
        // another state is the subject: the items are not the United States' (as before: the pair of the first clause)
        assertThat(read("France recognized Israel in 1949, and Britain in 1950.")).containsExactly("recognition france–israel 1949");
    }

    @Test
    void aGoBetweenIsNoItem() {
        assertThat(read("Relations with Cuba were severed in January 1961, and the Swiss, on behalf of the U.S., took over in 1961."))
                .containsExactly("relations-severed cuba–united-states 1961-01");
    }

    @Test
    void aListOfDatedStatesAnswersTheQuestionBeforeIt() {
        assertThat(read("Who recognized the U.S. first? Morocco in 1777; the Dutch Republic on April 19, 1782, when it received John Adams; Britain itself in 1783."))
                .containsExactly(
                        "recognition morocco–united-states 1777",
                        "recognition netherlands–united-states 1782-04-19",
                        "recognition united-kingdom–united-states 1783");
        assertThat(read("Когда США признали страны Балтии? Эстонию и Латвию — 28 июля 1922 года, Литву — в 1922 году.")).containsExactly(
                "recognition estonia–united-states 1922-07-28",
                "recognition latvia–united-states 1922-07-28",
                "recognition lithuania–united-states 1922");
    }

    @Test
    void aQuestionWithoutSuchAnAnswerStaysNoClaim() {
        assertThat(read("Who recognized the U.S. first? Historians still argue about Morocco.")).isEmpty();
        assertThat(read("Who recognized the U.S. first? Morocco in 1777 or France in 1778?")).isEmpty();
    }

    @Test
    void theListAfterANounThatDatesAnotherVerbIsTheVerbs() {
        assertThat(read("Normal relations resumed within days of the recognition: Slovakia on 1/1/1993, Eritrea on 4/27/1993.")).containsExactly(
                "relations-resumed slovakia–united-states 1993-01-01",
                "relations-resumed eritrea–united-states 1993-04-27");
        // the actor of the noun is no party
        assertThat(read("Relations were restored within days of Moscow's recognition: Estonia on Sept. 4, 1991, Lithuania on Sept. 6, 1991."))
                .containsExactly(
                        "relations-resumed estonia–united-states 1991-09-04",
                        "relations-resumed lithuania–united-states 1991-09-06");
        assertThat(read("Отношения восстановили через несколько дней после признания: Эстонию и Латвию — 4 сентября 1991 года, Литву — 6 сентября 1991 года."))
                .containsExactly(
                        "relations-resumed estonia–united-states 1991-09-04",
                        "relations-resumed latvia–united-states 1991-09-04",
                        "relations-resumed lithuania–united-states 1991-09-06");
    }

    @Test
    void aNounWithAnObjectOfItsOwnOrOpeningTheSentenceStaysAClaim() {
        assertThat(read("The U.S. recognized Israel on May 14, 1948, days after the recognition of Yemen in March 1946.")).containsExactly(
                "recognition israel–united-states 1948-05-14",
                "recognition united-states–yemen 1946-03");
        assertThat(read("The recognition of Israel on May 14, 1948 came minutes after its declaration.")).containsExactly(
                "recognition israel–united-states 1948-05-14");
    }

    @Test
    void aDateAloneInBracketsDatesTheActionBeforeIt() {
        assertThat(read("In 2001 the United States reopened its embassy in Kabul (Dec. 2001).")).containsExactly(
                "mission-opened afghanistan–united-states 2001-12");
        // a bracket that says more than a date is no such date
        assertThat(read("In 2001 the United States reopened its embassy in Kabul (closed since Jan. 1989)."))
                .contains("mission-opened afghanistan–united-states 2001");
    }
}
