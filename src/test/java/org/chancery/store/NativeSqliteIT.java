package org.chancery.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeSqliteIT {
    @Test
    void sqliteIsLoadedFromOneKeptCopyOfItsLibrary(@TempDir Path dir) {
        try (SqliteStore s = SqliteStore.open(dir.resolve("a.db"))) {
            assertThat(s.isEmpty()).isTrue();
        }
        Path lib = Path.of(System.getProperty("org.sqlite.lib.path"), System.getProperty("org.sqlite.lib.name"));
        assertThat(lib).isRegularFile();
        assertThat(lib.toString()).contains("sqlite-jdbc-");
        try (SqliteStore s = SqliteStore.open(dir.resolve("b.db"))) {
            assertThat(s.isEmpty()).isTrue();
        }
        assertThat(Path.of(System.getProperty("org.sqlite.lib.path"), System.getProperty("org.sqlite.lib.name"))).isEqualTo(lib);
    }

    @Test
    void theDriversSearchForStaleCopiesListsTheKeptCopysFolderNotTheSystemTemporaryFolder(@TempDir Path dir) {
        try (SqliteStore s = SqliteStore.open(dir.resolve("a.db"))) {
            assertThat(s.isEmpty()).isTrue();
        }
        assertThat(System.getProperty("org.sqlite.tmpdir")).isEqualTo(System.getProperty("org.sqlite.lib.path"))
                .isNotEqualTo(System.getProperty("java.io.tmpdir"));
    }
}
