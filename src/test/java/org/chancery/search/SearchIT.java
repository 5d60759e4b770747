package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chancery.SharedData;
import org.chancery.event.Event;
import org.chancery.store.CachedStore;
import org.chancery.store.SqliteStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Search over the read model (Lucene) on the real record, against the SQLite FTS5 index the CLI still uses. */
class SearchIT {
    static SqliteStore sqlite;
    static CachedStore cached;

    @BeforeAll
    static void open() {
        sqlite = SharedData.store();
        cached = new CachedStore(sqlite);
    }

    @Test
    void findsThe269RdcrEntriesThatSayRecognized() {
        List<Event> hits = cached.search("recognized", 100_000);
        assertThat(hits.stream().filter(org.chancery.importer.rdcr.RdcrImporter::isEntry)).hasSize(269);
        assertThat(hits.stream().map(Event::id)).containsExactlyInAnyOrderElementsOf(sqlite.search("recognized", 100_000).stream().map(Event::id).toList());
    }

    /** Same events, best first by FTS5's own bm25 scores: only events of equal score may come in another order. */
    @ParameterizedTest
    @ValueSource(strings = {"recognized Estonia", "embassy", "relations severed", "U.S.", "Soviet Union", "1933", "Browne", "several",
            "the", "consulate general", "William Bullitt", "1820s"})
    void findsWhatFts5FoundInItsOrder(String words) throws Exception {
        List<Event> mine = cached.search(words, 100_000);
        Map<String, Double> fts = fts5Scores(words);
        assertThat(mine).isNotEmpty();
        assertThat(mine.stream().map(Event::id)).containsExactlyInAnyOrderElementsOf(fts.keySet());
        for (int i = 1; i < mine.size(); i++) {
            double before = fts.get(mine.get(i - 1).id());
            double here = fts.get(mine.get(i).id());
            // FTS5 ranks by -bm25 ascending; Lucene sums in float, so scores within 1e-5 are equal
            assertThat(here).as("%s after %s", mine.get(i).id(), mine.get(i - 1).id()).isGreaterThanOrEqualTo(before - 1e-5 * Math.abs(before));
        }
    }

    static Map<String, Double> fts5Scores(String words) throws Exception {
        Map<String, Double> out = new HashMap<>();
        String match = String.join(" AND ", java.util.Arrays.stream(words.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .map(w -> "\"" + w + "\"").toList());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sqlite.file());
             PreparedStatement ps = c.prepareStatement("SELECT e.id, bm25(event_fts) FROM event e JOIN event_fts f ON f.rowid = e.seq "
                     + "WHERE event_fts MATCH ?")) {
            ps.setString(1, match);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getDouble(2));
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"William Bullitt", "Bullitt, William", "Буллит", "Bulitt", "William Christian Bullitt", "bullitt"})
    void findsBullittByEveryFormOfHisName(String name) {
        assertThat(cached.findPersons(name, 5)).first().satisfies(p -> assertThat(p.id().value()).isEqualTo("bullitt-william-christian"));
    }

    /**
     * Search reads the postings itself ({@link Postings}); on the whole record it gives the list
     * Lucene's own searcher gives, in the same order, for words drawn from the events' texts
     * (one to three, repeated words among them) and for the commonest words, with a large and a small limit.
     */
    @Test
    void readingThePostingsFindsWhatLucenesSearcherFindsInItsOrder() {
        List<Event> all = sqlite.allEvents();
        EventIndex index = EventIndex.of(all);
        java.util.Random random = new java.util.Random(1125);
        List<String> queries = new java.util.ArrayList<>(List.of("the", "of the", "united states", "the the", "recognized", "relations"));
        for (int n = 0; n < 600; n++) {
            String[] words = all.get(random.nextInt(all.size())).text().split("\\s+");
            StringBuilder q = new StringBuilder();
            for (int w = 1 + random.nextInt(3); w > 0; w--) q.append(words[random.nextInt(words.length)]).append(' ');
            queries.add(q.toString());
        }
        int found = 0;
        for (String q : queries) {
            for (int limit : new int[] {100_000, 10}) {
                List<String> lucene = index.searchThroughLucene(q, limit).stream().map(Event::id).toList();
                assertThat(index.search(q, limit).stream().map(Event::id).toList()).as("%s, limit %d", q, limit).isEqualTo(lucene);
                if (!lucene.isEmpty()) found++;
            }
        }
        assertThat(found).isGreaterThan(800);
    }
}
