package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.event.EventKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriggersTest {

    private static List<EventKind> claims(String s) {
        return Triggers.find(s, 0, s.length()).stream().filter(t -> !Triggers.hedged(s, 0, s.length(), t))
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
    })
    void readsEachKind(String sentence, EventKind kind) {
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
    })
    void negationRefusalAndThreatAreNotClaims(String sentence) {
        assertThat(claims(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Spain did not recognize U.S. independence until the 1783 Treaty of Paris.",
            "Roosevelt ended almost 16 years of American non-recognition of the Soviet Union.",
    })
    void aRefusalThatEndedIsARecognition(String sentence) {
        assertThat(claims(sentence)).containsExactly(EventKind.RECOGNITION);
    }
}
