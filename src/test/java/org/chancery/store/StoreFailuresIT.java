package org.chancery.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import org.chancery.SharedData;
import org.chancery.error.SourceUnavailableException;
import org.chancery.importer.Progress;
import org.chancery.importer.RecordImport;
import org.chancery.importer.SourceLayout;
import org.chancery.record.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, item 5: the store names the real cause of a failure and never leaves half an import. */
class StoreFailuresIT {
    @TempDir
    Path dir;

    @Test
    void aFullDiskIsNamedAndLeavesTheStoreAsItWas() throws Exception {
        Path db = dir.resolve("full.db");
        Dataset data = RecordImport.read(SourceLayout.of(SharedData.dir()), Progress.NONE);
        try (SqliteStore store = SqliteStore.open(db)) {
            try (Statement st = store.connection().createStatement()) {
                // as a full disk would: SQLite may not grow the new store past a few pages
                st.execute("PRAGMA max_page_count = 64");
            }
            assertThatThrownBy(() -> store.replaceAll(data, "test"))
                    .isInstanceOf(SourceUnavailableException.class)
                    .hasMessageContaining("is full")
                    .hasMessageNotContaining("no transaction is active");
            assertThat(store.isEmpty()).isTrue();
        }
    }

    @Test
    void aReadOnlyOpenWritesNothingBesideTheFileSoAReadOnlyFolderStillServesReads() throws Exception {
        Path db = SharedData.copyOfStore(dir.resolve("ro.db"));
        try (SqliteStore store = SqliteStore.openReadOnly(db)) {
            assertThat(store.events(org.chancery.territory.TerritoryId.UNITED_STATES, new org.chancery.territory.TerritoryId("russia")))
                    .isNotEmpty();
            assertThat(Files.exists(dir.resolve("ro.db-wal"))).isFalse();
            assertThat(Files.exists(dir.resolve("ro.db-shm"))).isFalse();
        }
    }
}
