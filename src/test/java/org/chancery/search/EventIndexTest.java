package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.date.PartialDate;
import org.chancery.event.Citation;
import org.chancery.event.Event;
import org.chancery.event.EventKind;
import org.chancery.territory.TerritoryId;
import org.junit.jupiter.api.Test;

class EventIndexTest {
    static Event event(String id, String title, String text) {
        return new Event(id, EventKind.OTHER, List.of(TerritoryId.UNITED_STATES, new TerritoryId("russia")), List.of(),
                PartialDate.parse("1933"), title, text, new Citation("rdcr", "f", id, text, "https://example.org/" + id));
    }

    static List<String> ids(List<Event> events) {
        return events.stream().map(Event::id).toList();
    }

    static final List<Event> EVENTS = List.of(
            event("a", "Recognition, 1933", "The United States recognized the Soviet Union on November 16, 1933, after long talks in Washington."),
            event("b", "Relations", "The United States recognized Estonia."),
            event("c", "Consulate", "A consulate was opened in the 1820s."),
            event("d", "Отношения", "Соединённые Штаты признали Россию."),
            event("e", "Relations", "The United States recognized Latvia."));

    final EventIndex index = EventIndex.of(EVENTS);

    @Test
    void findsAStemmedWordInAnyOfItsForms() {
        assertThat(ids(index.search("recognize", 10))).containsExactlyInAnyOrder("a", "b", "e");
        assertThat(ids(index.search("RECOGNIZING", 10))).containsExactlyInAnyOrder("a", "b", "e");
    }

    @Test
    void everyWordMustOccurInTheTitleOrTheText() {
        assertThat(ids(index.search("recognized Estonia", 10))).containsExactly("b");
        assertThat(ids(index.search("recognition Soviet", 10))).containsExactly("a");
        assertThat(index.search("recognized Finland", 10)).isEmpty();
    }

    @Test
    void ranksTheShorterTextFirstAndKeepsTheListOrderForEqualScores() {
        // b and e are as long and match alike: their order is the list's; a is longer and comes last
        assertThat(ids(index.search("recognized", 10))).containsExactly("b", "e", "a");
    }

    @Test
    void keepsStopWordsAndStemsTheLettersOfADecade() {
        assertThat(index.search("the", 10)).hasSize(4);
        assertThat(ids(index.search("1820", 10))).containsExactly("c");
    }

    @Test
    void stemsRussianWordsWithTheRussianStemmer() {
        assertThat(ids(index.search("Россия", 10))).containsExactly("d");
        assertThat(ids(index.search("признал", 10))).containsExactly("d");
    }

    @Test
    void aQueryWithoutWordsFindsNothingAndTheLimitHolds() {
        assertThat(index.search("?!", 10)).isEmpty();
        assertThat(index.search("", 10)).isEmpty();
        assertThat(index.search("united states", 2)).hasSize(2);
    }

    @Test
    void scoresAsFts5Bm25() {
        // FTS5: idf = ln((N - n + 0.5) / (n + 0.5)), floored at 1e-6 for words in most rows
        assertThat(Fts5Ranking.idf(5, 1)).isCloseTo(Math.log(4.5 / 1.5), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Fts5Ranking.idf(5, 4)).isEqualTo(1e-6);
    }

    @Test
    void readingThePostingsGivesLucenesListAndOrder() {
        for (String q : List.of("recognized", "the", "united states", "the the united", "recognized Estonia", "Россия", "1820", "zzz", "united")) {
            for (int limit : new int[] {1, 2, 3, 10}) {
                assertThat(ids(index.search(q, limit))).as("%s, limit %d", q, limit).isEqualTo(ids(index.searchThroughLucene(q, limit)));
            }
        }
    }
}
