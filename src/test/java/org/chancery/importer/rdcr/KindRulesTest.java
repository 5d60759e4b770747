package org.chancery.importer.rdcr;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.event.EventKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KindRulesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Russian Recognition of the United States, 1803|RECOGNITION",
            "United States Recognition of Estonia, 1922|RECOGNITION",
            "U.S. Recogntion of Tuvalu, 1978|RECOGNITION",
            "Mutual Recognition, 1946|RECOGNITION",
            "Establishment of Diplomatic Relations, 1809|RELATIONS_ESTABLISHED",
            "Establishment of Diplomatic Relations and the American Legation in Iran, 1883|RELATIONS_ESTABLISHED",
            "Normal Diplomatic Relations Resumed, 1933|RELATIONS_RESUMED",
            "Diplomatic Relations Reestablished, 1859|RELATIONS_RESUMED",
            "Resumption of Normal Relations, 1972|RELATIONS_RESUMED",
            "Normal Diplomatic Relations Interrupted, 1917|RELATIONS_SEVERED",
            "Diplomatic Relations Interrupted, 1798|RELATIONS_SEVERED",
            "Establishment of Diplomatic Relations with PRC/Termination of Diplomatic Relations with the Republic of China, 1979|RELATIONS_ESTABLISHED",
            "Commericial relations treaty, October 1923|OTHER",
            "Diplomatic Relations Severed by Panama, 1964|RELATIONS_SEVERED",
            "Termination of Relations During the First World War, 1917|RELATIONS_SEVERED",
            "American Legation Raised to Embassy, 1898|MISSION_RAISED",
            "Elevation of American Legation to Embassy Status, 1943|MISSION_RAISED",
            "Establishment of the American Legation in Russia, 1809|MISSION_OPENED",
            "Establishment of Consular Relations, 1790|MISSION_OPENED",
            "American Embassy Closed, 1919|MISSION_CLOSED",
            "Closure of U.S. Embassy in Somalia, 1991|MISSION_CLOSED",
            "U.S. Special Representative to Saint Lucia Appointed, 1979|ENVOY_APPOINTED",
    })
    void classifiesHeads(String head, EventKind expected) {
        assertThat(KindRules.classify(head, "")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Establishment of Diplomatic Relations|The United States and the Duchy of Nassau never established diplomatic relations.",
            "No Diplomatic Relations Established|The United States and Tuscany did not exchange envoys.",
    })
    void anEntryThatSaysSomethingNeverHappenedIsNotThatEvent(String head, String text) {
        assertThat(KindRules.classify(head, text)).isEqualTo(EventKind.OTHER);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "|On December 13, 1933, William Bullitt presented his credentials to President Kalinin.|CREDENTIALS_PRESENTED",
            "|The United States recognized the Kingdom on May 1, 1900.|RECOGNITION",
            "Treaty of Amity and Commerce, 1836|The United States and Thailand signed a Treaty of Amity and Commerce on March 20, 1833.|OTHER",
    })
    void fallsBackToTheOpeningSentence(String head, String text, EventKind expected) {
        assertThat(KindRules.classify(head == null ? "" : head, text)).isEqualTo(expected);
    }
}
