package org.chancery.importer.rdcr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.event.EventKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MissionActsTest {
    /** The mission acts an entry about relations states beside its own event, as "kind date". */
    private static List<String> acts(String head, String prose) {
        int year = Integer.parseInt(head.replaceAll(".*(\\d{4})$", "$1"));
        KindRules.Reading r = KindRules.read(head, prose, year);
        TimelineDating.Dated d = TimelineDating.date(year, prose, r).orElseThrow();
        return MissionActs.within(r, d).stream().map(a -> a.kind().slug() + " " + a.date()).toList();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // the mission act is the sentence's act, on the entry's date
            "Relations Interrupted, 1975|The United States closed the Embassy in Saigon and evacuated all Embassy personnel on April 29, 1975, "
                    + "just prior to the surrender.|mission-closed 1975-04-29",
            "Relations Broken, 1961|On January 3, 1961, the United States broke relations with the country and withdrew its Embassy staff.|mission-closed 1961-01-03",
            // an undated clause of the sentence that dates the entry's event
            "Diplomatic Relations Severed, 1999|On March 23, 1999, the U.S. severed relations with the Federal Republic, and closed Embassy Belgrade.|mission-closed 1999-03-23",
            // "that same day": the entry's day, said in the sentence before
            "Establishment of Diplomatic Relations, 1962|The United States established diplomatic relations with the island on August 31, 1962. "
                    + "That same day, the United States established the American Embassy in Port-of-Spain.|mission-opened 1962-08-31",
            // its own date, a day without a year in the entry's year
            "Relations Resumed, 1995|The two states reestablished diplomatic relations on August 5, 1995. The opening of the Embassy took place on August 6.|mission-opened 1995-08-06",
            // its own full date
            "Establishment of Diplomatic Relations, 1920|Diplomatic relations were established on March 2, 1920. The American Legation was opened on June 14, 1920.|mission-opened 1920-06-14",
            // of two days in its sentence, the one said with the act
            "Diplomatic Relations Ended, 1905|Japan assumed direction of Korean foreign relations on November 17, 1905, and U.S. Envoy Edwin Morgan closed the Legation on November 28, 1905.|mission-closed 1905-11-28",
            "Interruption of Relations, 1812|The United States broke relations with the Kingdom when it declared war on June 18, 1812, although the Chargé did not close the legation until July 29, 1812.|mission-closed 1812-07-29",
    })
    void anEntryOnRelationsThatStatesAMissionActWithItsDayYieldsIt(String head, String prose, String act) {
        assertThat(acts(head, prose)).containsExactly(act);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // a plan: "agreeing to open", "had planned to open"
            "Relations Resumed, 1995|The two states reestablished diplomatic relations on August 5, 1995, when they signed documents agreeing to do so and to open embassies in both capitals.",
            "Establishment of Diplomatic Relations, 1920|Diplomatic relations were established on March 2, 1920. The United States had planned to open a legation on June 14, 1920.",
            // denied
            "Establishment of Diplomatic Relations, 1920|Diplomatic relations were established on March 2, 1920, but a legation was never opened.",
            "Establishment of Diplomatic Relations, 1920|Diplomatic relations were established on March 2, 1920. No legation was opened on June 14, 1920.",
            // undated, in a sentence of its own: no day of its own
            "Establishment of Diplomatic Relations, 1920|Diplomatic relations were established on March 2, 1920. A legation was opened later.",
            // dated only to a month or a year
            "Establishment of Diplomatic Relations, 1920|Diplomatic relations were established on March 2, 1920. A legation was opened in June 1920.",
            // the day is another act's: "who on May 28, 1794, was appointed ..., arrived to open"
            "Recognition, 1794|The first act of recognition was in 1794 when Arnold Delius, who on May 28, 1794, was appointed as U.S. Consul at Bremen, arrived to open the first U.S. consulate in that city.",
            // the end of a period, not an act of that day: "until the Embassy closed"
            "Suspension of Diplomatic Relations, 1965|Once the staff departed by August 15, 1965, Lloyd M. Rives served as Chargé d’Affaires ad interim until the Embassy closed.",
            // a mission that names a date ("the Embassy, which had opened in 1920") is background: not of the entry's day, no day of its own
            "Relations Severed, 1941|On December 8, 1941, the United States severed relations; the Embassy, which had opened in 1920, remained under Swiss protection.",
    })
    void aMissionActPlannedDeniedOrWithoutItsDayYieldsNothing(String head, String prose) {
        assertThat(acts(head, prose)).isEmpty();
    }

    @Test
    void anEntryWhoseOwnEventIsTheMissionActYieldsNoSecond() {
        assertThat(acts("Embassy Closed, 1975", "The United States closed the Embassy in Phnom Penh on April 12, 1975.")).isEmpty();
    }

    @Test
    void anEntryThatDeniesItsEventYieldsNoMissionAct() {
        assertThat(acts("Relations Not Established, 1975", "The United States did not establish relations or open an embassy on November 11, 1975.")).isEmpty();
    }

    @Test
    void theActKeepsTheSentenceThatStatesItAsItsQuote() {
        String prose = "The two states reestablished diplomatic relations on August 5, 1995. The opening of the Embassy took place on August 6.";
        KindRules.Reading r = KindRules.read("Relations Resumed, 1995", prose, 1995);
        var act = MissionActs.within(r, TimelineDating.date(1995, prose, r).orElseThrow()).get(0);
        assertThat(org.chancery.text.Sentences.around(prose, act.at())).isEqualTo("The opening of the Embassy took place on August 6.");
        assertThat(act.kind()).isEqualTo(EventKind.MISSION_OPENED);
    }
}
