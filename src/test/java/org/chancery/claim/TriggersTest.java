package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.event.EventKind;
import org.chancery.language.Lexicon;
import org.chancery.language.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriggersTest {

    private static List<EventKind> claims(String s) {
        List<Token> tokens = Lexicon.standard().read(s);
        Sentence sentence = new Sentence(0, tokens.size(), 0, s.length());
        return Triggers.find(tokens, sentence).stream().filter(t -> !Scope.takenBack(tokens, sentence, t))
                .map(Triggers.Trigger::kind).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The two states established diplomatic relations in 1960.|RELATIONS_ESTABLISHED",
            "Normal diplomatic relations were resumed on November 16, 1933.|RELATIONS_RESUMED",
            "Wilson severed diplomatic relations with Germany.|RELATIONS_SEVERED",
            "The United States recognized Israel on May 14, 1948.|RECOGNITION",
            "The legation was raised to an embassy in 1943.|MISSION_RAISED",
            "The United States closed its embassy in 1991.|MISSION_CLOSED",
            "A U.S. legation was established there in 1883.|MISSION_OPENED",
            "Franklin presented his credentials in 1779.|CREDENTIALS_PRESENTED",
            "Pierce appointed Pierre Soulé as Minister to Spain in 1853.|ENVOY_APPOINTED",
            "16 ноября 1933 года СССР и США установили дипломатические отношения.|RELATIONS_ESTABLISHED",
            "Посол вручил верительные грамоты 13 декабря 1933 года.|CREDENTIALS_PRESENTED",
            "The U.S. had a legation in Bangkok from 1882.|MISSION_OPENED",
            "Liaison offices had opened in both capitals in 1973.|MISSION_OPENED",
            "The United States had closed its embassy in 1991.|MISSION_CLOSED",
            "The embassy had already been closed in 1989.|MISSION_CLOSED",
            "The United States had also opened a consulate in Kazan in 1990.|MISSION_OPENED",
    })
    void readsEachKind(String sentence, EventKind kind) {
        assertThat(claims(sentence)).containsExactly(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Relations were restored in late 1973.|RELATIONS_RESUMED",
            "Full diplomatic relations followed in March 1949.|RELATIONS_ESTABLISHED",
            "Egypt severed ties with Washington on June 6, 1967.|RELATIONS_SEVERED",
            "The U.S. Embassy in Kabul suspended operations on Aug. 31, 2021.|MISSION_CLOSED",
            "Embassy Saigon was evacuated and closed on April 29, 1975.|MISSION_CLOSED",
            "Washington raised its legation to an embassy in May 1943.|MISSION_RAISED",
            "Lisbon accepted the credentials of Colonel David Humphreys.|CREDENTIALS_PRESENTED",
            "Eugenie Anderson was named U.S. Ambassador to Denmark.|ENVOY_APPOINTED",
            "The first US Ambassador to the Soviet Union was William Bullitt.|ENVOY_APPOINTED",
            "Египет разорвал отношения с США 5 июня 1967 года.|RELATIONS_SEVERED",
            "Отношения были прерваны 18 июня 1812 г.|RELATIONS_SEVERED",
            "Посольство США в Кабуле приостановило работу.|MISSION_CLOSED",
            "Американская миссия была преобразована в посольство.|MISSION_RAISED",
            "Первым полпредом СССР в Вашингтоне был назначен Александр Трояновский.|ENVOY_APPOINTED",
    })
    void readsPassiveVoiceNounsAndRussianWordOrder(String sentence, EventKind kind) {
        assertThat(claims(sentence)).containsExactly(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The United States initially refused to recognise Soviet Russia as a state.",
            "Washington did not recognize the nation it had played a role in creating.",
            "Wilson threatened to sever diplomatic relations with Germany unless it stopped.",
            "The two countries never broke off diplomatic relations.",
            "He wrote about the desire to start negotiations on official recognition.",
            "It marked the 90th anniversary of restoring diplomatic relations.",
            "The two countries had planned to open a legation.",
            "In theory the U.S. could have opened an embassy in Moscow.",
            "Wilson sought to establish relations with a democratic Russia.",
            "В 1918 году США могли бы признать независимость прибалтийских республик.",
            "Вашингтон отказался признавать их.",
            "1914 Amb Gerard was asked to take over German interests.",
            "1979 Ambassador Adolph Dubs was assassinated in Afghanistan.",
            "Follow the unfolding story of the 1979 attack on the U.S. Embassy in Islamabad.",
    })
    void negationRefusalAndThreatAreNotClaims(String sentence) {
        assertThat(claims(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Spain did not recognize U.S. independence until the 1783 Treaty of Paris.",
            "Roosevelt ended almost 16 years of American non-recognition of the Soviet Union.",
            "Haitians would have to wait until 1862 for the United States to recognize Haiti.",
    })
    void aRefusalThatEndedIsARecognition(String sentence) {
        assertThat(claims(sentence)).containsExactly(EventKind.RECOGNITION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Relations were severed in 1812 and restored in 1815.|RELATIONS_SEVERED RELATIONS_RESUMED",
            "Ties were broken off on June 18, 1812 and then renewed in 1815.|RELATIONS_SEVERED RELATIONS_RESUMED",
            "The legation had been closed once before and reopened in 1921.|MISSION_CLOSED MISSION_OPENED",
            "Отношения были прерваны 18 июня 1812 г. с началом войны и восстановлены в 1815 году.|RELATIONS_SEVERED RELATIONS_RESUMED",
            "Посольство было закрыто в 1989 году и вновь открыто в 2002 году.|MISSION_CLOSED MISSION_OPENED",
    })
    void twoActionsJoinedByAndShareTheObjectBeforeTheFirst(String sentence, String kinds) {
        assertThat(claims(sentence)).map(Enum::name).containsExactly(kinds.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Relations were severed in 1812 and the war began.|RELATIONS_SEVERED",
            "Relations were severed in 1812, but the talks resumed in 1815.|RELATIONS_SEVERED",
            "Отношения были прерваны в 1812 году, и война началась.|RELATIONS_SEVERED",
            "The day before NATO began bombing, the U.S. severed relations with Yugoslavia.|RELATIONS_SEVERED",
            "Relations were re-established in 2000, and the embassy reopened in May 2001.|RELATIONS_RESUMED MISSION_OPENED",
            "Relations were re-established in 2000, and the embassy in Belgrade reopened in 2001.|RELATIONS_RESUMED MISSION_OPENED",
            "The U.S. evacuated and closed the embassy in 1975.|MISSION_CLOSED",
            "Liaison offices had opened in both capitals in 1973.|MISSION_OPENED",
            "The U.S. suspended operations at its embassy in Damascus in Feb. 2012.|MISSION_CLOSED",
            "In 1949 the first U.S. ambassador was assigned to Liberia.|ENVOY_APPOINTED",
            "Отношения Вашингтона с объединённым Вьетнамом восстановлены в 1995 году.|RELATIONS_RESUMED",
    })
    void anObjectBelongsToTheVerbOfItsOwnClause(String sentence, String kinds) {
        assertThat(claims(sentence)).map(Enum::name).containsExactly(kinds.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "He took up his post in Madrid in Aug. 1842.|CREDENTIALS_PRESENTED",
            "The new minister assumed his duties in Oslo in 1905.|CREDENTIALS_PRESENTED",
            "Amb. Biddle was accredited to Norway's government-in-exile in London in March 1941.|CREDENTIALS_PRESENTED",
            "Посланник приступил к исполнению обязанностей в Мадриде в августе 1842 года.|CREDENTIALS_PRESENTED",
            "Посол был аккредитован при правительстве Норвегии в Лондоне в марте 1941 года.|CREDENTIALS_PRESENTED",
            "W.G. Sharp was accredited as new Amb to France in 1914.|ENVOY_APPOINTED",
    })
    void theStartOfAMissionAndAccreditationToAGovernmentArePresentationsOfCredentials(String sentence, EventKind kind) {
        assertThat(claims(sentence)).containsExactly(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "He took up the subject again in his memoirs of 1842.",
            "She assumed the role of hostess in 1842.",
            "Reporters accredited to the court in Madrid wrote about it in 1842.",
            "Он приступил к переговорам в 1842 году.",
            "Liberia became a republic in 1847, and an ambassador later wrote its history.",
    })
    void takingUpSomethingElseOrAJournalistsAccreditationIsNoClaim(String sentence) {
        assertThat(claims(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "In 1914 William Sharp became Ambassador to France.|ENVOY_APPOINTED",
            "Первым послом ФРГ в Израиле стал Рольф Паульс.|ENVOY_APPOINTED",
            "В 1933 году полпредом в Вашингтоне стал Трояновский.|ENVOY_APPOINTED",
            "Carlos took over as ambassador in 1995.|ENVOY_APPOINTED",
    })
    void whatOneBecameFollowsTheVerbOrStandsBeforeItAsAComplement(String sentence, EventKind kind) {
        assertThat(claims(sentence)).containsExactly(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "April 1917 Amb Page to the Secretary on how the situation has become so imperative in Italy.",
            "Посол Пейдж писал в 1917 году, что положение стало тревожным.",
            "1914 US chargé in St. Petersburg took over German interests, Austrian Amb still without instructions.",
            "Временный поверенный взял на себя германские интересы, а посол Австрии ждал инструкций.",
    })
    void aRankThatIsNoComplementOfTheVerbMakesNoAppointment(String sentence) {
        assertThat(claims(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "В январе 2012 года грамоты вручал Майкл Макфол.|CREDENTIALS_PRESENTED",
            "Посольство впервые закрывали в январе 1989 года.|MISSION_CLOSED",
            "Консульство открывали дважды.|MISSION_OPENED",
            "Отношения восстанавливали в 1933 году.|RELATIONS_RESUMED",
            "Посла назначали в 1933 году.|ENVOY_APPOINTED",
    })
    void readsTheRussianImperfectivePast(String sentence, EventKind kind) {
        assertThat(claims(sentence)).containsExactly(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Грамоты не вручали.",
            "Посольство никогда не закрывали.",
            "США долго не признавали правительство СССР.",
    })
    void aNegatedImperfectiveIsNoClaim(String sentence) {
        assertThat(claims(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The two states restored relations, severed in 1961.|RELATIONS_RESUMED,RELATIONS_SEVERED",
            "They restored relations with Cuba, broken off in 1961.|RELATIONS_RESUMED,RELATIONS_SEVERED",
            "США и Куба восстановили дипломатические отношения, разорванные в 1961 году.|RELATIONS_RESUMED,RELATIONS_SEVERED",
            "The two states restored relations in 1977, after the war ended in 1939.|RELATIONS_RESUMED",
            "The two states restored relations, never severed again.|RELATIONS_RESUMED",
            "Стороны восстановили отношения, когда закончилась война.|RELATIONS_RESUMED",
    })
    void aParticipleAfterACommaTakesTheObjectBeforeTheComma(String sentence, String kinds) {
        assertThat(claims(sentence)).containsExactlyElementsOf(kinds(kinds));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The embassy suspended operations; it reopened in May 2022.|MISSION_CLOSED,MISSION_OPENED",
            "Relations were severed in 1961; they were restored in 2015.|RELATIONS_SEVERED,RELATIONS_RESUMED",
            "Посольство закрыли в 1941 году, но в 1943 году оно вновь открылось.|MISSION_CLOSED,MISSION_OPENED",
            "The embassy reported unrest; it closed its borders in 2008.|",
            "The embassy reported unrest; it opened talks with the rebels.|",
            "Посольство сообщило о панике, а в 1943 году оно открыло выставку.|",
    })
    void itBeforeAnActionWithoutObjectStandsForTheMissionOrRelationsBefore(String sentence, String kinds) {
        assertThat(claims(sentence)).containsExactlyElementsOf(kinds(kinds));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The first U.S. Minister to Siam, John A. Halderman, was appointed in 1882.|ENVOY_APPOINTED",
            "Первый посол США в СССР, Уильям Буллит, был назначен в 1933 году.|ENVOY_APPOINTED",
            "The embassy in Moscow, Spaso House, was closed in 1941.|MISSION_CLOSED",
            "When the Soviet ambassador left, Harriman was appointed in 1943.|",
            "Who was the first U.S. ambassador to the Soviet Union?|ENVOY_APPOINTED",
            "Bullitt was the first American ambassador in Moscow.|ENVOY_APPOINTED",
            "This was the first visit by an ambassador to Moscow.|",
            "Bullitt was the second U.S. ambassador to the Soviet Union.|",
    })
    void aNameBetweenCommasIsSkippedOnTheWayBackToTheObject(String sentence, String kinds) {
        assertThat(claims(sentence)).containsExactlyElementsOf(kinds(kinds));
    }

    /** "RELATIONS_RESUMED,RELATIONS_SEVERED" as kinds; an empty cell (null) as none. */
    private static List<EventKind> kinds(String commaSeparated) {
        return commaSeparated == null ? List.of() : java.util.Arrays.stream(commaSeparated.split(",")).map(EventKind::valueOf).toList();
    }
}
