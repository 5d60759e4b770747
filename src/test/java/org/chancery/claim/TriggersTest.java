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
}
