package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Constructions of posts read by the grammar's later stages, each with the counter-example that
 * must stay as it was: a statement put as a question, a person as "he"/"он" standing for the
 * envoy named before, and tenures in brackets after a name.
 */
class PostConstructionsIT {
    private static List<String> read(String text) {
        return ClaimLines.withPersons(text);
    }

    @Test
    void aStatementPutAsAQuestionClaimsWhatItAsks() {
        assertThat(read("Did you know that William Bullitt presented his credentials in Moscow on December 13, 1933?"))
                .containsExactly("credentials-presented russia–united-states 1933-12-13 [bullitt-william-christian]");
        assertThat(read("А вы знали, что США признали Израиль 14 мая 1948 года?")).containsExactly("recognition israel–united-states 1948-05-14");
    }

    @Test
    void aRealQuestionStaysNoClaim() {
        assertThat(read("Did the U.S. recognize Hungary in 1849?")).isEmpty();
        assertThat(read("Признали ли США Венгрию в 1849 году?")).isEmpty();
    }

    @Test
    void heStandsForThePersonNamedBeforeNotAfter() {
        assertThat(read("Llewellyn Thompson was ambassador to the USSR twice. He first presented his credentials in July 1957, and in 1962 Foy Kohler succeeded him."))
                .contains("credentials-presented russia–united-states 1957-07 [thompson-llewellyn-e]");
        assertThat(read("Уильям Буллит был первым послом США в СССР. Он вручил верительные грамоты 13 декабря 1933 года, а в 1936 году его сменил Джозеф Дэвис."))
                .contains("credentials-presented russia–united-states 1933-12-13 [bullitt-william-christian]");
    }

    @Test
    void heWithNoOneNamedBeforeIsNoOne() {
        assertThat(read("He presented his credentials in Moscow in 1933.")).containsExactly("credentials-presented russia–united-states 1933");
    }

    @Test
    void aTenureInBracketsAfterANameIsItsAppointment() {
        assertThat(read("Bullitt's successors in Moscow were Joseph E. Davies (1936-38) and Laurence Steinhardt (1938-41).")).containsExactly(
                "envoy-appointed russia–united-states 1936 [davies-joseph-edward]",
                "envoy-appointed russia–united-states 1938 [steinhardt-laurence-adolph]");
        assertThat(read("Послы США в СССР: Джозеф Дэвис (1936-38) и Лоуренс Штейнгардт (1938-41)."))
                .containsExactly("envoy-appointed russia–united-states 1936 [davies-joseph-edward]");
        assertThat(read("Poet James Russell Lowell followed in his footsteps as Minister to Spain (1875-80)."))
                .containsExactly("envoy-appointed spain–united-states 1875 [lowell-james-russell]");
    }

    @Test
    void aBracketAfterAnAppointmentDatesItOnce() {
        assertThat(read("Washington Irving served as U.S. Minister to Spain (1842-46).")).containsExactly(
                "envoy-appointed spain–united-states 1842 [irving-washington]");
    }

    @Test
    void aLifeOrATermOfNoEnvoyIsNoTenure() {
        assertThat(read("Franklin D. Roosevelt (1933-45) recognized the Soviet Union in November 1933."))
                .singleElement().asString().startsWith("recognition russia–united-states 1933");
        assertThat(read("Ambassador George F. Kennan (1904-2005) wrote about the Soviet Union in 1946.")).isEmpty();
    }

    @Test
    void aDateOpeningTheNextClauseIsThatClausesDate() {
        assertThat(read("Relations with Russia were established in 1807, and on November 5, 1809 John Quincy Adams presented his credentials.")).containsExactly(
                "relations-established russia–united-states 1807",
                "credentials-presented russia–united-states 1809-11-05 [adams-john-quincy]");
        assertThat(read("Отношения между Россией и США установлены в 1807 году, а 5 ноября 1809 г. Джон Куинси Адамс вручил верительные грамоты.")).containsExactly(
                "relations-established russia–united-states 1807",
                "credentials-presented russia–united-states 1809-11-05 [adams-john-quincy]");
    }

    @Test
    void aWhenClauseHappenedOnTheDateOfItsMainClause() {
        assertThat(read("Relations with Italy were restored in 1945, when Ambassador Alexander Kirk presented his credentials in Rome."))
                .contains("credentials-presented italy–united-states 1945 [kirk-alexander-comstock]");
        assertThat(read("Дипломатические отношения с Израилем установлены в марте 1949 года, когда посол Джеймс Макдональд вручил верительные грамоты."))
                .contains("credentials-presented israel–united-states 1949-03 [mcdonald-james-grover]");
    }

    @Test
    void aWhenClauseWithNoDatedMainClauseStaysUndated() {
        assertThat(read("Relations with Italy were restored, when Ambassador Alexander Kirk presented his credentials in Rome."))
                .noneMatch(c -> c.startsWith("credentials-presented") && !c.contains("null"));
    }

    @Test
    void aGoBetweenIsNoParty() {
        assertThat(read("For decades American and Cuban diplomats talked through the Swiss, until relations with Havana were restored on July 20, 2015."))
                .containsExactly("relations-resumed cuba–united-states 2015-07-20");
        assertThat(read("Полвека дипломаты США и Кубы общались через Швейцарию, а 20 июля 2015 года отношения были восстановлены."))
                .containsExactly("relations-resumed cuba–united-states 2015-07-20");
    }

    @Test
    void theStateANewOneBecameIndependentOfIsNoParty() {
        assertThat(read("The United States recognized Moroccan independence from France in March 1956."))
                .containsExactly("recognition morocco–united-states 1956-03");
        assertThat(read("США признали независимость Марокко от Франции в марте 1956 года.")).containsExactly("recognition morocco–united-states 1956-03");
        // without "independence", "from" names no bystander: "recognized the government in exile ... from London"
        assertThat(read("The United States recognized France in 1778.")).containsExactly("recognition france–united-states 1778");
    }

    @Test
    void theStatesOfAWhenClauseTellingAnotherEventAreNoParties() {
        assertThat(read("Lucius Foote presented his credentials to King Gojong of Korea on May 20, 1882. Relations ended in 1910, when Japan annexed Korea."))
                .contains("relations-severed korea–united-states 1910").noneMatch(c -> c.contains("japan"));
        // the state of the main clause stays its party
        assertThat(read("Relations with Germany were severed in 1917, when Germany declared submarine warfare."))
                .containsExactly("relations-severed germany–united-states 1917");
    }

    @Test
    void namesBetweenTwoActionsAreTheFirstOnesObjects() {
        assertThat(read("On December 25, 1991 the U.S. recognized Kazakhstan and Georgia and established relations with Kazakhstan and Uzbekistan."))
                .contains("recognition kazakhstan–united-states 1991-12-25", "recognition georgia–united-states 1991-12-25",
                        "relations-established kazakhstan–united-states 1991-12-25", "relations-established united-states–uzbekistan 1991-12-25")
                .noneMatch(c -> c.contains("georgia–kazakhstan"));
        assertThat(read("25 декабря 1991 г. США признали независимость Казахстана и Грузии и установили дипломатические отношения с Казахстаном и Узбекистаном."))
                .contains("recognition kazakhstan–united-states 1991-12-25", "relations-established united-states–uzbekistan 1991-12-25")
                .noneMatch(c -> c.contains("georgia–kazakhstan"));
    }

    @Test
    void aSubjectAfterACommaStaysWithItsOwnAction() {
        assertThat(read("France had recognized Haiti back in 1825, and Britain had recognized Liberia in 1848."))
                .contains("recognition liberia–united-kingdom 1848");
    }

    @Test
    void aDateRightBeforeAndTheNextActionClosesTheClauseBefore() {
        assertThat(read("Washington recognized Afghanistan in 1919 and established diplomatic relations in 1935.")).containsExactly(
                "recognition afghanistan–united-states 1919", "relations-established afghanistan–united-states 1935");
        assertThat(read("США признали Афганистан в 1919 году и установили дипломатические отношения в 1935 году.")).containsExactly(
                "recognition afghanistan–united-states 1919", "relations-established afghanistan–united-states 1935");
    }

    @Test
    void aDateOpeningTheSentenceDatesEveryActionJoinedByAnd() {
        assertThat(read("In 1893 the U.S. Legation in Paris was raised to an embassy and James B. Eustis became the first U.S. Ambassador to France."))
                .contains("mission-raised france–united-states 1893", "envoy-appointed france–united-states 1893 [eustis-james-biddle]");
        // after a comma the next clause is its own: an envoy claim keeps only a date of its own
        assertThat(read("В 1893 году миссия США в Париже стала посольством, и Джеймс Юстис стал первым послом США во Франции."))
                .noneMatch(c -> c.startsWith("envoy-appointed") && c.contains("1893"));
    }

    @Test
    void aRankInAppositionWithTheYearItBeganIsAnAppointment() {
        assertThat(read("Among the best-known U.S. envoys to India: Daniel Patrick Moynihan, ambassador from 1973."))
                .containsExactly("envoy-appointed india–united-states 1973 [moynihan-daniel-patrick]");
        // a rank in apposition without the year it began claims nothing
        assertThat(read("Llewellyn Thompson, ambassador in Moscow, spoke with Khrushchev in 1959.")).isEmpty();
    }

    @Test
    void aWordOpeningTheSentenceIsNotTheNameTheTextGivesTheEnvoy() {
        // "Read" is also a surname in the record; the name the text gives is the one after the rank
        assertThat(verdicts("Read Amb. Bullitt’s account of presenting his credentials in Moscow in 1933."))
                .containsExactly("credentials-presented SUPPORTED");
        // a name after the rank that is not the holder's still contradicts
        assertThat(verdicts("Amb. Smithers presented his credentials in Moscow in 1933."))
                .containsExactly("credentials-presented CONTRADICTED");
    }

    private static List<String> verdicts(String text) {
        return ClaimLines.CHECKER.check(text, null).claims().stream().map(c -> c.kind().slug() + " " + c.verdict()).toList();
    }

    @Test
    void anActionNeverTakesTheDateOfItsContrary() {
        assertThat(read("The U.S. embassy in Kabul had been closed once before and reopened in January 2002."))
                .containsExactly("mission-opened afghanistan–united-states 2002-01");
        assertThat(read("Посольство США в Кабуле было закрыто и вновь открыто в январе 2002 года."))
                .containsExactly("mission-opened afghanistan–united-states 2002-01");
        // an undated action of the same direction still shares the date
        assertThat(read("The U.S. embassy in Saigon was evacuated and closed on April 29, 1975."))
                .containsExactly("mission-closed united-states–vietnam 1975-04-29");
    }

    @Test
    void aSecondVerbJoinedByAndSharesTheObjectAndKeepsItsOwnDate() {
        assertThat(read("Relations with Britain were severed on June 18, 1812 and restored in 1815.")).containsExactly(
                "relations-severed united-kingdom–united-states 1812-06-18", "relations-resumed united-kingdom–united-states 1815");
        assertThat(read("Отношения с Великобританией были прерваны 18 июня 1812 г. с началом войны и восстановлены в 1815 году.")).containsExactly(
                "relations-severed united-kingdom–united-states 1812-06-18", "relations-resumed united-kingdom–united-states 1815");
        assertThat(read("Relations with Yugoslavia were re-established in November 2000, and the embassy in Belgrade reopened in May 2001."))
                .containsExactly("relations-resumed serbia–united-states 2000-11", "mission-opened serbia–united-states 2001-05");
    }

    @Test
    void takingUpThePostIsThePresentationOfCredentialsOfTheEnvoyNamed() {
        assertThat(read("Washington Irving was named Minister to Spain in 1842. He took up his post in Madrid in Aug. 1842.")).contains(
                "credentials-presented spain–united-states 1842-08 [irving-washington]");
        assertThat(read("Вашингтон Ирвинг приступил к исполнению обязанностей посланника в Мадриде в августе 1842 года."))
                .containsExactly("credentials-presented spain–united-states 1842-08");
        // no envoy named, no rank: a president, a minister of the government, anyone may take up a post
        assertThat(read("The new president took up his post in Madrid in 1842.")).isEmpty();
        assertThat(read("He took up his post in Madrid in 1842.")).isEmpty();
    }

    @Test
    void anEnvoyAccreditedToAGovernmentPresentedCredentialsOneAccreditedAsARankWasAppointed() {
        assertThat(read("Amb. Anthony J. Drexel Biddle Jr. was accredited to Norway's government-in-exile in London in March 1941."))
                .containsExactly("credentials-presented norway–united-states 1941-03 [biddle-anthony-joseph-drexel-jr]");
        assertThat(read("W.G. Sharp was accredited as the new Ambassador to France in 1914."))
                .containsExactly("envoy-appointed france–united-states 1914 [sharp-william-graves]");
    }

    @Test
    void aGenerationAfterASurnameIsNoGivenName() {
        assertThat(read("Clifton R. Wharton Sr. was appointed ambassador to Norway in 1961."))
                .containsExactly("envoy-appointed norway–united-states 1961 [wharton-clifton-reginald]");
    }

    @Test
    void nYearsLaterDatesTheNextClauseFromTheDateBefore() {
        assertThat(read("Liberia became a republic in 1847 -- 102 years later, Edward Dudley was assigned to Liberia as the first U.S. ambassador."))
                .containsExactly("envoy-appointed liberia–united-states 1949 [dudley-edward-richard]");
        assertThat(read("Либерия стала республикой в 1847 году, а спустя 102 года Эдвард Дадли был назначен первым послом США в Либерии."))
                .containsExactly("envoy-appointed liberia–united-states 1949 [dudley-edward-richard]");
        // becoming a republic is no becoming an envoy
        assertThat(read("Liberia became a republic in 1847.")).isEmpty();
    }

    @Test
    void aRankAndANameWithoutAnActOfTheirOwnAreNoAppointment() {
        // a rank that is the subject of another verb, or of a verb with another object, is no one's appointment
        assertThat(read("March 1918 Amb Francis to #SecState on how the situation has become dangerous in Russia")).isEmpty();
        assertThat(read("1914 US chargé in Vienna took over Russian interests, Serbian Amb still without instructions")).isEmpty();
        assertThat(read("Посол Фрэнсис писал в марте 1918 года, что положение в России стало опасным.")).isEmpty();
        // what one became, after the verb or as a Russian complement before it, is an appointment
        assertThat(read("In 1914 William Sharp became Ambassador to France."))
                .containsExactly("envoy-appointed france–united-states 1914 [sharp-william-graves]");
        assertThat(read("В 1933 году первым послом США в СССР стал Уильям Буллит."))
                .containsExactly("envoy-appointed russia–united-states 1933 [bullitt-william-christian]");
    }

    @Test
    void aMissionHadFromADateOpenedThen() {
        assertThat(read("The U.S. even had a legation in Bangkok from 1882.")).containsExactly("mission-opened thailand–united-states 1882");
        assertThat(read("The U.S. has had an embassy in Tallinn since 1991.")).containsExactly("mission-opened estonia–united-states 1991");
    }

    @Test
    void aMissionHadAtADateOrNotAtAllSaysNothingOfItsOpening() {
        assertThat(read("The U.S. had a legation in Bangkok in 1890.")).isEmpty();
        assertThat(read("Washington had no embassy in Havana from 1961 to 2015.")).isEmpty();
        // an action on the same mission keeps its own date
        assertThat(read("The United States had closed its embassy in Kabul in January 1989.")).containsExactly(
                "mission-closed afghanistan–united-states 1989-01");
        assertThat(read("Liaison offices had opened in Washington and Beijing in 1973.")).containsExactly(
                "mission-opened china–united-states 1973");
        // an adverb between "had" and the verb leaves "had" the auxiliary; before no verb it is still having
        assertThat(read("The U.S. embassy in Kabul had already been closed once and reopened in January 2002.")).containsExactly(
                "mission-opened afghanistan–united-states 2002-01");
        assertThat(read("The U.S. had still no embassy in Havana in 1970.")).isEmpty();
    }
}
