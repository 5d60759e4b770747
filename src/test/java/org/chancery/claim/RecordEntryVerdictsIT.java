package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Verdicts judged against the record entry the claim is about: a mission act an rdcr entry on
 * relations states with its day, a U.S. envoy in a sentence that follows a name written with its
 * initials, another state's envoy named in Russian after the Palladius system, "the first
 * ambassador to the PRC" among the chiefs to the People's Republic, and another state's mission in
 * Washington, of which the record of the U.S. mission says nothing.
 */
class RecordEntryVerdictsIT {

    private static List<String> read(String text) {
        return ClaimLines.withVerdicts(text);
    }

    @Test
    void aMissionClosedThatAnEntryOnRelationsStatesWithItsDayIsSupported() {
        // rdcr vietnam "Relations Interrupted, 1975": "closed the Embassy in Saigon ... on April 29, 1975"
        assertThat(read("The U.S. embassy in Saigon was closed on April 29, 1975.")).containsExactly(
                "mission-closed united-states–vietnam 1975-04-29 SUPPORTED");
        assertThat(read("29 апреля 1975 года посольство США в Сайгоне было закрыто.")).containsExactly(
                "mission-closed united-states–vietnam 1975-04-29 SUPPORTED");
        // the entry's day is the closing's, not any day of that year
        assertThat(read("The U.S. embassy in Saigon was closed on March 10, 1975.")).containsExactly(
                "mission-closed united-states–vietnam 1975-03-10 CONTRADICTED");
    }

    @Test
    void anEmbassyOpenedOnTheDayAnEntryStatesInASentenceOfItsOwnIsSupported() {
        // "Relations Resumed, 1995": "... The opening of Embassy Hanoi took place on August 6."
        assertThat(read("The U.S. Embassy in Hanoi opened on August 6, 1995.")).containsExactly(
                "mission-opened united-states–vietnam 1995-08-06 SUPPORTED");
        // the liaison office of January 28, 1995 is another act: a day that is neither is contradicted
        assertThat(read("The U.S. Embassy in Hanoi opened on August 20, 1995.")).containsExactly(
                "mission-opened united-states–vietnam 1995-08-20 CONTRADICTED");
    }

    @Test
    void aUsEnvoyAfterANameWrittenWithItsInitialsIsStillTheUnitedStatesEnvoy() {
        assertThat(read("Рузвельт написал М.И.Калинину. 13 декабря 1933 г. первый посол США в СССР Уильям Буллит вручил верительные грамоты. "
                + "Первым полпредом СССР в Вашингтоне был назначен Александр Трояновский.")).contains(
                "credentials-presented russia–united-states 1933-12-13 SUPPORTED");
    }

    @Test
    void anotherStatesEnvoyNamedInRussianAfterThePalladiusSystemIsFoundInThePeopleRecords() {
        // people 102363: Chai Zemin, "PRC Ambassador to the United States from March 1979"
        assertThat(read("В марте 1979 года Чай Цзэминь стал первым послом КНР в США.")).containsExactly(
                "envoy-appointed china–united-states 1979-03 SUPPORTED");
        // another name is not his
        assertThat(read("В марте 1979 года Цуй Тянькай стал послом КНР в США.")).containsExactly(
                "envoy-appointed china–united-states 1979-03 UNVERIFIABLE");
    }

    @Test
    void theFirstAmbassadorToThePrcIsTheFirstOfThePeoplesRepublicNotOfChina() {
        assertThat(read("Первым послом США в КНР стал Леонард Вудкок.")).containsExactly("envoy-appointed china–united-states null SUPPORTED");
        assertThat(read("Leonard Woodcock was appointed the first U.S. ambassador to the PRC.")).containsExactly(
                "envoy-appointed china–united-states null SUPPORTED");
        // the People's Republic named elsewhere in the text: its first ambassador is the first under that name
        assertThat(read("The United States and the People's Republic of China established diplomatic relations on January 1, 1979. "
                + "Leonard Woodcock was appointed the first U.S. ambassador.")).contains("envoy-appointed china–united-states null SUPPORTED");
        // the second ambassador to it is not the first under any name the text uses
        assertThat(read("The United States and the People's Republic of China established diplomatic relations on January 1, 1979. "
                + "Arthur Hummel was appointed the first U.S. ambassador.")).contains("envoy-appointed china–united-states null CONTRADICTED");
        // China without the People's Republic: the record's first is Nelson T. Johnson (1935)
        assertThat(read("Leonard Woodcock was appointed the first U.S. ambassador to China.")).containsExactly(
                "envoy-appointed china–united-states null CONTRADICTED");
    }

    @Test
    void anotherStatesMissionInWashingtonIsNotJudgedByTheUsMission() {
        // the record holds the American Embassy in Moscow (December 13, 1933), not the Soviet one in Washington
        assertThat(read("В 1934 году в Вашингтоне открылось посольство СССР.")).containsExactly(
                "mission-opened russia–united-states 1934 UNVERIFIABLE");
        assertThat(read("The Soviet embassy in Washington opened in 1934.")).containsExactly(
                "mission-opened russia–united-states 1934 UNVERIFIABLE");
        // the U.S. embassy in Moscow is the record's
        assertThat(read("The U.S. embassy in Moscow opened in 1934.")).containsExactly(
                "mission-opened russia–united-states 1934 CONTRADICTED");
        // a state's mission the record itself states: "the Nigerian Embassy in Washington opened" on October 1, 1960
        assertThat(read("The Nigerian Embassy in Washington opened on October 1, 1960.")).containsExactly(
                "mission-opened nigeria–united-states 1960-10-01 SUPPORTED");
    }

    @Test
    void anotherStatesEnvoyWhoseActTheRecordStatesIsSupportedOnTheDateBeforeAColon() {
        // rdcr russia 1809: "established formally on July 14, 1809, when Andrei Dashkov presented his credentials"
        assertThat(read("On July 14, 1809, Russia and the United States established diplomatic relations: Andrei Dashkov presented his credentials "
                + "as Russian chargé d'affaires.")).contains("credentials-presented russia–united-states 1809-07-14 SUPPORTED");
        assertThat(read("14 июля 1809 года Россия и США установили дипломатические отношения: Андрей Дашков вручил верительные грамоты "
                + "как поверенный в делах России.")).contains("credentials-presented russia–united-states 1809-07-14 SUPPORTED");
        // a clause after the colon with a time of its own is not dated by the clause before it
        assertThat(read("On July 14, 1809, Russia and the United States established diplomatic relations: later Andrei Dashkov presented his "
                + "credentials as Russian chargé d'affaires.")).doesNotContain("credentials-presented russia–united-states 1809-07-14 SUPPORTED");
    }
}
