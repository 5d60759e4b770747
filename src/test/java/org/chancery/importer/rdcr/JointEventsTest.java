package org.chancery.importer.rdcr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.event.EventKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JointEventsTest {
    /** The entry's kind and the other kinds it states on its date, as the importer reads them. */
    private static List<EventKind> alongside(String head, String prose, int year) {
        KindRules.Reading r = KindRules.read(head, prose, year);
        TimelineDating.Dated d = TimelineDating.date(year, prose, r).orElseThrow();
        return JointEvents.alongside(r, d.position());
    }

    @Test
    void theGdrEntryIsARecognitionAndRelationsEstablishedOnTheSameDay() {
        String head = "Recognition of the German Democratic Republic, and the Establishment of Diplomatic Relations and the American Embassy in Berlin, 1974";
        String prose = "In response to the improvement of relations between the two German governments, representatives of the United States and "
                + "GDR negotiated arrangements for U.S. recognition of the GDR and the establishment of diplomatic relations, which occurred on "
                + "September 4, 1974, when the United States and East Germany released a joint communiqué to that effect.";
        KindRules.Reading r = KindRules.read(head, prose, 1974);
        assertThat(r.kind()).isEqualTo(EventKind.RECOGNITION);
        assertThat(TimelineDating.date(1974, prose, r).orElseThrow().date().toString()).isEqualTo("1974-09-04");
        assertThat(alongside(head, prose, 1974)).containsExactly(EventKind.RELATIONS_ESTABLISHED);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // a verb and its coordinated verb, one subject, one date
            "Establishment of Diplomatic Relations with PRC, 1979|On January 1, 1979, the United States recognized the PRC and established diplomatic relations with it.|RECOGNITION",
            "Diplomatic Relations Resumed, 1945|The United States resumed normal diplomatic relations with Argentina and formally recognized the Farrell government on April 19, 1945.|RECOGNITION",
            // the act and the occasion it happened upon
            "Establishment of Diplomatic Relations, 1922|Diplomatic relations were established on April 26, 1922, upon American recognition of Egyptian independence.|RECOGNITION",
            "Establishment of Diplomatic Relations, 1967|The United States established diplomatic relations with the Republic the same day that it recognized its independence, on December 7, 1967.|RECOGNITION",
            // a noun phrase: "recognition and establishment of relations"
            "Recognition, 1992|The recognition of the Republic and the establishment of diplomatic relations took place on May 3, 1992.|RELATIONS_ESTABLISHED",
            // the second in a "when" clause without a date of its own
            "U.S. Recognition of Mongolia, 1987|The United States recognized the People’s Republic of Mongolia on January 27, 1987, when the two nations established formal diplomatic relations in a joint communiqué.|RELATIONS_ESTABLISHED",
            "Establishment of Diplomatic Relations, 1962|The United States established diplomatic relations with Trinidad and Tobago on August 31, 1962, when it recognized the island nation’s independence.|RECOGNITION",
    })
    void anEntryStatingTwoEventsOnOneDateYieldsTheSecond(String head, String prose, EventKind second) {
        assertThat(alongside(head, prose, Integer.parseInt(head.replaceAll(".*(\\d{4})$", "$1")))).containsExactly(second);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // relations as background
            "U.S. Recognition of Estonia, 1922|Despite the improvement of relations between the two governments, the United States recognized Estonia on July 28, 1922.",
            // the second event on another date: its own entry, not this one's
            "Recognition, 1919|The United States recognized Finland on May 7, 1919. Diplomatic relations were established on January 12, 1920.",
            // denied
            "Recognition, 1919|The United States recognized Finland on May 7, 1919, but did not establish diplomatic relations.",
            // the head's year lends the date; the prose never states the head's event on it
            "U.S. Recognition of Hungarian Independence, 1921|Establishment of relations had to await termination of the state of war, which took place under a Joint Resolution of Congress on July 2, 1921.",
            "Establishment of Diplomatic Relations, 1918|On November 12, 1918, the Assistant Secretary announced that the United States recognized Charles Pergler as the National Council’s Commissioner in Washington.",
            // one event, said once
            "Establishment of Diplomatic Relations, 1809|Diplomatic relations were established on June 10, 1809, when John Quincy Adams presented his credentials.",
            // an envoy recognized, not the state: "recognized <name> as <rank>"
            "Establishment of Diplomatic Relations, 1919|The United States established diplomatic relations with Finland on May 27, 1919, when Acting Secretary of State Frank L. Polk recognized Armas Herman Saastamoinen as provisional Envoy Extraordinary and Minister Plenipotentiary.",
            // "relating to the establishment" of a facility: no relations
            "U.S. Recognition of the Seychelles’ Independence, 1976|The United States recognized the Seychelles on June 29, 1976, when representatives of the two states signed an agreement relating to the establishment, operation, and maintenance of a tracking facility.",
            // not the kinds a joint act states together
            "Establishment of Diplomatic Relations, 1883|Diplomatic relations were established and the American Legation opened on June 11, 1883.",
    })
    void anEntryStatingOneEventOnItsDateYieldsNoSecond(String head, String prose) {
        assertThat(alongside(head, prose, Integer.parseInt(head.replaceAll(".*(\\d{4})$", "$1")))).isEmpty();
    }

    @Test
    void anEntryThatDeniesItsEventYieldsNoEventBesideIt() {
        String head = "U.S. Response to Angolan Independence, 1975";
        String prose = "The United States did not recognize the Government of Angola or establish diplomatic relations on November 11, 1975.";
        KindRules.Reading r = KindRules.read(head, prose, 1975);
        assertThat(JointEvents.alongside(r, TimelineDating.date(1975, prose, r).orElseThrow().position())).isEmpty();
    }
}
