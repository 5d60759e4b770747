package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Constructions of posts in which a claim's object, date or envoy stands apart from its verb
 * (a participle after a comma describing the object before it, a place in a title before a name,
 * a clause after a colon dated by the clause before it) and the Russian imperfective past, each
 * with the counter-example that must stay as it was.
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

    @Test
    void anActionAfterAColonTellingHowTheActBeforeItCameAboutTakesItsDate() {
        assertThat(read("On July 14, 1809, Russia and the United States established diplomatic relations: Andrei Dashkov presented "
                + "his credentials as Russian chargé d'affaires to President James Madison.")).containsExactly(
                "relations-established russia–united-states 1809-07-14",
                "credentials-presented russia–united-states 1809-07-14");
        assertThat(read("14 июля 1809 года Россия и США установили дипломатические отношения: Андрей Дашков вручил верительные грамоты "
                + "президенту Мэдисону.")).containsExactly(
                "relations-established russia–united-states 1809-07-14",
                "credentials-presented russia–united-states 1809-07-14");
    }

    @Test
    void anActionAfterAColonWithADateOfItsOwnKeepsIt() {
        assertThat(read("Russia and the United States established diplomatic relations in 1809: John Quincy Adams presented his credentials "
                + "in November.")).containsExactly(
                "relations-established russia–united-states 1809",
                "credentials-presented russia–united-states 1809-11 [adams-john-quincy]");
    }

    @Test
    void aDateBeforeButClosesTheClauseBeforeItHoweverLongTheObject() {
        assertThat(read("The United States recognized the Kingdom of Hejaz and Nejd, soon renamed Saudi Arabia, in 1932, but full "
                + "diplomatic relations only came in February 1940.")).containsExactly(
                "recognition saudi-arabia–united-states 1932",
                "relations-established saudi-arabia–united-states 1940-02");
        assertThat(read("США признали Королевство Хиджаз и Неджд, позднее переименованное в Саудовскую Аравию, в 1932 году, а "
                + "дипломатические отношения установили в феврале 1940 года.")).containsExactly(
                "recognition saudi-arabia–united-states 1932",
                "relations-established saudi-arabia–united-states 1940-02");
    }

    @Test
    void aDateAfterButStaysWithItsOwnClause() {
        assertThat(read("The United States recognized Saudi Arabia in May 1931, but diplomatic relations were established only in "
                + "February 1940.")).containsExactly(
                "recognition saudi-arabia–united-states 1931-05",
                "relations-established saudi-arabia–united-states 1940-02");
    }

    @Test
    void itBeforeAnActionWithoutAnObjectStandsForTheMissionNamedBefore() {
        assertThat(read("In February 2022 the U.S. Embassy in Kyiv suspended operations and moved to Lviv; it reopened in Kyiv in May 2022."))
                .containsExactly("mission-closed ukraine–united-states 2022-02", "mission-opened ukraine–united-states 2022-05");
        assertThat(read("Посольство США в Москве закрыли в 1941 году; оно вновь открылось в 1943 году."))
                .containsExactly("mission-closed russia–united-states 1941", "mission-opened russia–united-states 1943");
    }

    @Test
    void itBeforeAnActionWithAnObjectOfItsOwnStandsForNoMission() {
        assertThat(read("The U.S. Embassy in Nairobi reported unrest in Kenya; it closed its doors to visitors in 2008.")).isEmpty();
        assertThat(read("В 1941 году посольство США в Москве отчиталось о панике, а в 1943 году оно открыло выставку.")).isEmpty();
    }

    @Test
    void aNameBetweenCommasBesideTheRankLeavesTheRankTheVerbsObject() {
        assertThat(read("The U.S. ambassador to the Soviet Union, Joseph Davies, was appointed in 1936."))
                .containsExactly("envoy-appointed russia–united-states 1936 [davies-joseph-edward]");
        assertThat(read("Посол США в СССР, Джозеф Дэвис, был назначен в 1936 году."))
                .containsExactly("envoy-appointed russia–united-states 1936 [davies-joseph-edward]");
        assertThat(read("The Vatican's first pro-nuncio in Washington, Archbishop Pio Laghi, was appointed in 1984."))
                .containsExactly("envoy-appointed holy-see–united-states 1984");
    }

    @Test
    void aClauseBeforeTheCommaIsNoNameBesideTheRank() {
        assertThat(read("When the Soviet ambassador left Washington, Averell Harriman was appointed in 1943.")).isEmpty();
        assertThat(read("Когда советский посол покинул Вашингтон, Аверелл Гарриман был назначен в 1943 году.")).isEmpty();
    }

    @Test
    void theNameBesideTheRankIsTheEnvoyOverAnotherHolderOfThePostNamedBefore() {
        assertThat(read("The U.S. Embassy in Beijing opened on 1 March 1979. Its first ambassador was Leonard Woodcock; "
                + "today's ambassador, Nicholas Burns, was appointed in 2021."))
                .contains("envoy-appointed china–united-states 2021 [burns-r-nicholas]");
    }

    @Test
    void aPredecessorBesideANameStaysTheSuccessorsOfAnotherStatesEnvoy() {
        var claims = ClaimLines.CHECKER.check("Anatoly Dobrynin became Soviet ambassador to the US in March 1962. "
                + "His predecessor, Mikhail Menshikov, had been appointed in 1957.", null).claims();
        assertThat(claims).filteredOn(c -> c.date() != null && c.date().toString().equals("1957")).singleElement()
                .satisfies(c -> assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE))
                .satisfies(c -> assertThat(c.persons()).isEmpty());
    }

    @Test
    void theFirstHolderOfARankNamedAfterTheCopulaIsAnAppointment() {
        assertThat(read("William Bullitt was the first U.S. ambassador to the Soviet Union."))
                .containsExactly("envoy-appointed russia–united-states null [bullitt-william-christian]");
        assertThat(read("Q1: Who was the first U.S. ambassador to the Soviet Union? (a) Averell Harriman (b) William Bullitt "
                + "(c) George Kennan. Answer: (a) Averell Harriman!"))
                .containsExactly("envoy-appointed russia–united-states null [harriman-william-averell]");
    }

    @Test
    void aCopulaBeforeAnotherWordThanTheRankOrAnotherOrdinalIsNoAppointment() {
        assertThat(read("This was the first visit by a U.S. ambassador to the Soviet Union in 1933.")).isEmpty();
        assertThat(read("Bullitt was the second U.S. ambassador to the Soviet Union.")).isEmpty();
    }
}
