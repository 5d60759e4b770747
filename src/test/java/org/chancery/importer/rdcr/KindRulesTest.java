package org.chancery.importer.rdcr;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.event.EventKind;
import org.junit.jupiter.api.Test;
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
            "Diplomatic Relations Severed by Panama, 1964|RELATIONS_SEVERED",
            "Termination of Relations During the First World War, 1917|RELATIONS_SEVERED",
            "Recognition of Independent Montenegro Withdrawn by the United States, 1920-21|RELATIONS_SEVERED",
            "American Legation Raised to Embassy, 1898|MISSION_RAISED",
            "Elevation of American Legation to Embassy Status, 1943|MISSION_RAISED",
            "Ambassadorial Relations Restored, 1992|MISSION_RAISED",
            "Elevation of the U.S. Representative to the Kingdom of Hawaii to Minister, 1863|MISSION_RAISED",
            "Establishment of the American Legation in Russia, 1809|MISSION_OPENED",
            "Establishment of Consular Relations, 1790|MISSION_OPENED",
            "Re-opening of the U.S. Embassy in Somalia, 2018|MISSION_OPENED",
            "American Embassy Closed, 1919|MISSION_CLOSED",
            "Closure of U.S. Embassy in Somalia, 1991|MISSION_CLOSED",
            "U.S. Special Representative to Saint Lucia Appointed, 1979|ENVOY_APPOINTED",
            "First U.S. Minister to Kingdom of Yemen (North Yemen), 1946|ENVOY_APPOINTED",
            "Commericial relations treaty, October 1923|TREATY",
            "Treaty on Extradition, 1901|TREATY",
            "Declaration of Accession to the Convention for the Extradition of Criminals, Fugitive from Justice, of June 16, 1852, between the United States and Prussia and Other States of the Germanic Confederation, 1853|TREATY",
            "Oldenburg Joins the German Empire, 1871|STATE_CHANGE",
            "Demise of Congo Free State, 1908|STATE_CHANGE",
            "Proclamation of the Kingdom of Italy, 1861|STATE_CHANGE",
            "Dissolution of the United Arab Republic and Recognition of Syria, 1961|RECOGNITION",
            "Embassy Moved to Nanjing, 1946|OTHER",
            "American Embassy Returned to Athens, 1944|OTHER",
            "The United States and Hungarian Coronation Regalia, 1978|OTHER",
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

    @Test
    void hungary1849IsNoRecognitionWhereTheEnvoyGotNoFurtherThanVienna() {
        String text = "On April 13, 1849, the Hungarian Diet (legislature) proclaimed a republic. The next day it elected Louis Kossuth"
                + " as its president. On June 18, Secretary of State John M. Clayton appointed A. Dudley Mann as a special and"
                + " confidential agent to the Government of Hungary. Mann was authorized to recognize the new government if Hungary"
                + " appeared “able to maintain the independence she had declared.” He had gotten no further than Vienna when Austrian"
                + " and Russian armies defeated the Hungarians. Although Secretary of State Daniel Webster waxed eloquent on the"
                + " subject, Hungarian independence received no official support.";
        KindRules.Reading r = KindRules.read("The United States and Hungarian Independence, 1849", text, 1849);
        assertThat(r.kind()).isNotEqualTo(EventKind.RECOGNITION).isEqualTo(EventKind.STATE_CHANGE);
        assertThat(TimelineDating.date(1849, text, r).get().date().toString()).isEqualTo("1849-04-13");
    }

    @Test
    void angola1975IsNoRecognitionWhereTheUnitedStatesDidNotRecognizeTheGovernment() {
        String text = "Portugal granted Angola independence on November 11, 1975, at a time when multiple Angolan nationalist forces"
                + " were fighting among themselves to establish control over the newly liberated state. Although the United States"
                + " acknowledged the independence of the former Portuguese colony, the U.S. Government (like Portugal itself) did not"
                + " recognize the Government of Angola declared by the MPLA. The United States continued to withhold recognition of a"
                + " Government of Angola because of continuing concerns about the presence of Cuban combat troops in Angola. In"
                + " response, U.S. President Bill Clinton formally recognized the new Government of Angola on May 19, 1993.";
        KindRules.Reading r = KindRules.read("U.S. Response to Angolan Independence, 1975", text, 1975);
        assertThat(r.kind()).isNotEqualTo(EventKind.RECOGNITION);
        // where the head names the recognition, the prose denies it for 1975; the recognition of 1993 does not date a 1975 entry
        String denial = "The U.S. Government did not recognize the Government of Angola declared by the MPLA. In response, U.S."
                + " President Bill Clinton formally recognized the new Government of Angola on May 19, 1993.";
        KindRules.Reading asRecognition = KindRules.read("U.S. Recognition of the Government of Angola, 1975", denial, 1975);
        assertThat(asRecognition.kind()).isEqualTo(EventKind.OTHER);
        assertThat(asRecognition.negated()).isTrue();
    }

    @Test
    void andorra1776IsNoRecognitionWhereAndorraWasAlreadyIndependent() {
        String text = "Andorra has considered itself independent since medieval times, and therefore was already independent when the"
                + " United States declared independence from the British Empire in 1776. Unlike many other independent states in the"
                + " late eighteenth century, Andorra never signed a bilateral treaty with the United States, which would have legally"
                + " constituted recognition of the new republic. Andorra ratified a modern constitution on March 14, 1993, which"
                + " provided for its independence and sovereignty as a “modern” representative democracy.";
        KindRules.Reading r = KindRules.read("U.S. Recognition of Andorra", text, null);
        assertThat(r.kind()).isEqualTo(EventKind.OTHER);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "|On December 13, 1933, William Bullitt presented his credentials to President Kalinin.|CREDENTIALS_PRESENTED",
            "|The United States recognized the Kingdom on May 1, 1900.|RECOGNITION",
            "|A Consular Agency was established in Sofia on January 12, 1912. It reported to the Consulate General in Bucharest.|MISSION_OPENED",
            "Treaty of Amity and Commerce, 1836|The United States and Thailand signed a Treaty of Amity and Commerce on March 20, 1833.|TREATY",
            "Relations from 1980 to 2004|U.S. Chargé d’Affaires William Eagleton, Jr. was recalled February 8, 1980, and the U.S. Embassy at Tripoli closed May 2, 1980. Relations were not formally severed during this time.|MISSION_CLOSED",
            "First Official State-to-State Interaction, 1865|It was in the years following the U.S. Civil War that the United States and Monaco, both established states, began commercial relations. Although the Prince of Monaco appointed Louis Borg to serve as his consul to the United States in New York on May 19, 1865, nearly another year passed before Borg was able to present his official credentials to the United States Government.|ENVOY_APPOINTED",
            "Expansion of Relations, 1868|On July 19, 1868, specially accredited U.S. Minister to the Grand Duke of Baden George Bancroft and the Minister of Foreign Affairs of the Grand Duchy of Baden signed a treaty of naturalization.|TREATY",
            "Kahului|Earliest Date: August 20, 1880. Latest Date: August 12, 1898. Kahului is located on the island of Maui.|MISSION_OPENED",
    })
    void readsTheProseWhenTheHeadStatesNoEvent(String head, String text, EventKind expected) {
        assertThat(KindRules.classify(head == null ? "" : head, text)).isEqualTo(expected);
    }

    @Test
    void aHeadThatNamesAPostIsThePostsOpening() {
        assertThat(KindRules.classify("Consulates in Scotland", "President John Adams appointed Harry Grant as the first U.S. Consul to"
                + " Scotland on July 14, 1798 in Leith.")).isEqualTo(EventKind.MISSION_OPENED);
    }
}
