package org.chancery.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.SharedData;
import org.chancery.error.SourceUnavailableException;
import org.chancery.event.Event;
import org.chancery.person.Person;
import org.chancery.person.PersonId;
import org.chancery.record.Dataset;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: an import writes its events while its sources are still read, inside one transaction
 * taken at the start. Whatever happens before the commit (a source that fails to read, a full
 * disk, a second import) leaves the store as it was, and readers see the old record until then.
 */
class ReplacementIT {
    @TempDir
    Path dir;

    /** A smaller record made of the shared store's own rows: every territory and person, the first {@code n} events. */
    private static Dataset firstEvents(int n) {
        RecordStore shared = SharedData.store();
        Map<TerritoryId, Territory> territories = new LinkedHashMap<>();
        for (Territory t : shared.territories()) territories.put(t.id(), t);
        Map<PersonId, Person> persons = new LinkedHashMap<>();
        for (Person p : shared.persons()) persons.put(p.id(), p);
        List<Event> events = new ArrayList<>(shared.allEvents().subList(0, n));
        return new Dataset(territories, persons, events, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    @Test
    void eventsWrittenAndThenAbandonedLeaveTheStoreAsItWas() throws Exception {
        Path db = SharedData.copyOfStore(dir.resolve("abandoned.db"));
        Dataset part = firstEvents(2000);
        try (SqliteStore store = SqliteStore.open(db)) {
            StoreStats before = store.stats();
            Generation generation = store.generation();
            int events = store.allEvents().size();
            try (Replacement r = store.replacing("a source that fails half-way")) {
                r.events(List.copyOf(part.events().subList(0, 1500)));
                r.events(List.copyOf(part.events().subList(1500, 2000)));
                // the sources' reading fails here: the replacement is closed without a commit
            }
            assertThat(store.stats()).isEqualTo(before);
            assertThat(store.generation()).isEqualTo(generation);
            assertThat(store.allEvents()).hasSize(events);
            assertThat(store.search("recognized", 1000)).hasSize(SharedData.store().search("recognized", 1000).size()).isNotEmpty();
        }
    }

    @Test
    void readersKeepTheOldRecordWhileTheNewIsWrittenAndSeeTheNewOneWholeAfterTheCommit() throws Exception {
        Path db = SharedData.copyOfStore(dir.resolve("read-while-written.db"));
        Dataset next = firstEvents(3000);
        try (SqliteStore snapshot = SqliteStore.openSnapshot(db); SqliteStore importer = SqliteStore.open(db)) {
            Generation old = snapshot.generation();
            int oldEvents = snapshot.allEvents().size();
            try (Replacement r = importer.replacing("three thousand events")) {
                r.events(List.copyOf(next.events().subList(0, 2000)));
                try (SqliteStore reader = SqliteStore.openForReading(db)) {
                    // the old rows are deleted and new ones written, uncommitted: nobody sees either
                    assertThat(reader.generation()).isEqualTo(old);
                    assertThat(reader.allEvents()).hasSize(oldEvents);
                }
                assertThat(snapshot.allEvents()).hasSize(oldEvents);
                r.commit(next);
            }
            assertThat(snapshot.generation()).isEqualTo(old);
            try (SqliteStore reader = SqliteStore.openForReading(db)) {
                assertThat(reader.generation().number()).isEqualTo(old.number() + 1);
                assertThat(reader.allEvents()).hasSize(3000);
                assertThat(reader.stats().territories()).isEqualTo(next.territories().size());
            }
        }
    }

    @Test
    void aCommitWhoseDatasetDoesNotBeginWithTheEventsWrittenIsRefusedAndRolledBack() throws Exception {
        Path db = SharedData.copyOfStore(dir.resolve("other-order.db"));
        Dataset next = firstEvents(100);
        try (SqliteStore store = SqliteStore.open(db)) {
            StoreStats before = store.stats();
            try (Replacement r = store.replacing("out of order")) {
                r.events(List.copyOf(next.events().subList(1, 100)));
                assertThatThrownBy(() -> r.commit(next)).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("event 1 written before commit");
            }
            assertThat(store.stats()).isEqualTo(before);
        }
    }

    @Test
    void aFullDiskWhileEventsAreWrittenIsNamedAndLeavesTheStoreAsItWas() {
        Dataset all = firstEvents(SharedData.store().allEvents().size());
        try (SqliteStore store = SqliteStore.open(dir.resolve("full.db"))) {
            try (Statement st = store.connection().createStatement()) {
                st.execute("PRAGMA max_page_count = 64");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            try (Replacement r = store.replacing("a disk that fills")) {
                assertThatThrownBy(() -> r.events(all.events())).isInstanceOf(SourceUnavailableException.class)
                        .hasMessageContaining("is full").hasMessageContaining("the store is as it was");
            }
            assertThat(store.isEmpty()).isTrue();
            assertThat(store.generation()).isEqualTo(Generation.NONE);
        }
    }

    @Test
    void aSecondImportWhileOneIsBeingWrittenWaitsAndThenSaysTheStoreIsLocked() throws Exception {
        Path db = SharedData.copyOfStore(dir.resolve("two-imports.db"));
        try (SqliteStore first = SqliteStore.open(db); SqliteStore second = SqliteStore.open(db);
             Replacement writing = first.replacing("the first import")) {
            assertThatThrownBy(() -> second.replacing("the second import")).isInstanceOf(SourceUnavailableException.class)
                    .hasMessageContaining("is locked by another process (waited 5 s)");
        }
    }

    @Test
    void aNewStoreHas16KibPagesAndAnOlderOneWith4KibPagesKeepsThemAndTheSameRecord() throws Exception {
        Path older = dir.resolve("older.db");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + older); Statement st = c.createStatement()) {
            st.execute("PRAGMA page_size = 4096");
            st.execute("PRAGMA journal_mode = WAL");
        }
        Dataset next = firstEvents(500);
        try (SqliteStore fresh = SqliteStore.open(dir.resolve("fresh.db")); SqliteStore old = SqliteStore.open(older)) {
            fresh.replaceAll(next, "fresh");
            old.replaceAll(next, "older");
            assertThat(pageSize(fresh)).isEqualTo(16_384);
            assertThat(pageSize(old)).isEqualTo(4_096);
            assertThat(old.allEvents()).isEqualTo(fresh.allEvents()).hasSize(500);
            assertThat(old.stats().territories()).isEqualTo(fresh.stats().territories());
        }
    }

    private static int pageSize(SqliteStore store) throws java.sql.SQLException {
        try (Statement st = store.connection().createStatement(); java.sql.ResultSet rs = st.executeQuery("PRAGMA page_size")) {
            return rs.getInt(1);
        }
    }
}
