package org.chancery.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A labelled sample of rdcr mission titles (drawn from the record, not tuned on): the kind each names, or none. */
class MissionWordsTest {
    private static final String[][] SAMPLE = {
            {"Establishment of U.S. Interests Section in Havana, 1977", "INTERESTS_SECTION"},
            {"Establishment of the U.S. Liaison Office in Skopje, 1993", "LIAISON_OFFICE"},
            {"Elevation of American Legation to Embassy Status, 1905", "EMBASSY"},
            {"Legation Established at Copenhagen, 1827", "LEGATION"},
            {"Closure of American Legation in The Hague, 1801", "LEGATION"},
            {"Establishment of the American Embassy in Malabo, 1969", "EMBASSY"},
            {"Elevation of Representation to Ambassadorship, 1956", "EMBASSY"},
            {"Establishment of American Diplomatic Mission to Grenada, 1975", ""},
            {"Establishment of Consular Relations, 1907", "CONSULATE"},
            {"U.S. Embassy in Serbia Reopened, 2001", "EMBASSY"},
            {"Establishment of the Austrian Legation in Washington, 1838", ""},
            {"Bulgarian Legation in the United States Reopened, 1960", ""},
            {"Elevation of Romanian Legation to Embassy Status, 1964", ""},
            {"Establishment of Andorran Embassy, 1996", ""},
            {"Elevation of the Italian Legation to the Italian Embassy, 1893", ""},
            {"Move of American Embassy from Warsaw to Paris, 1939", "EMBASSY"},
            {"Resumption of U.S. Embassy Tripoli Operations, 2011", "EMBASSY"},
            {"Establishment of U.S. Mission in Phnom Penh, 1991", ""},
    };

    @Test
    void namesTheKindOfTheUsMissionAndSetsAsideTheOtherStatesMission() {
        int right = 0;
        int named = 0;
        int expectedNamed = 0;
        int namedRight = 0;
        for (String[] s : SAMPLE) {
            Optional<MissionKind> k = MissionWords.kindNamed(s[0]);
            String got = k.map(Enum::name).orElse("");
            if (got.equals(s[1])) right++;
            if (k.isPresent()) named++;
            if (!s[1].isEmpty()) expectedNamed++;
            if (k.isPresent() && got.equals(s[1])) namedRight++;
        }
        System.out.printf("mission words: %d/%d right; precision %.2f, recall %.2f%n", right, SAMPLE.length,
                (double) namedRight / named, (double) namedRight / expectedNamed);
        assertThat(right).isEqualTo(SAMPLE.length);
    }

    @Test
    void readsTheProtectingPowerOfAnInterestsSection() {
        assertThat(MissionWords.protectingPower("A U.S. Interests Section was established in Havana under the protection of the Swiss "
                + "Government on September 1, 1977.")).contains("Swiss");
        assertThat(MissionWords.protectingPower("A U.S. Interests Sections was established in the Netherlands Embassy at Khartoum"))
                .contains("Netherlands");
        assertThat(MissionWords.protectingPower("Relations were severed.")).isEmpty();
    }
}
