package org.chancery.importer.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.chancery.SharedData;
import org.junit.jupiter.api.Test;

/** The pins the download uses are the ones SOURCES.md names for each folder the import reads. */
class PinnedSourcesIT {

    @Test
    void everyFolderTheImportReadsIsPinnedAtTheCommitSourcesMdNames() throws IOException {
        List<String> rows = Files.readAllLines(SharedData.dir().resolve("SOURCES.md")).stream().filter(l -> l.startsWith("| ")).toList();
        for (PinnedSource src : PinnedSource.ALL) {
            assertThat(rows).as("the row of SOURCES.md for %s", src.target())
                    .anySatisfy(row -> assertThat(row).startsWith("| " + src.target() + " |")
                            .contains(src.owner() + "/" + src.repo()).contains(src.commit()));
            assertThat(SharedData.dir().resolve(src.target())).isDirectory();
        }
    }

    @Test
    void theSourcesBeyondTheUsSideAreDownloadedToo() {
        assertThat(PinnedSource.ALL).extracting(PinnedSource::target)
                .contains("rdcr", "pocom", "visits", "travels", "states", "people", "gsh", "wikipedia-relations");
    }

    @Test
    void aSourceTakesOnlyTheFilesAndFoldersItNames() {
        PinnedSource wiki = PinnedSource.ALL.stream().filter(s -> s.target().equals("wikipedia-relations")).findFirst().orElseThrow();
        assertThat(wiki.takes("other_states/Foreign relations of Kosovo.json")).isTrue();
        assertThat(wiki.takes("wiki_foreign_relations_jsons/Foreign relations of Russia.json")).isTrue();
        assertThat(wiki.takes("other_states_old/x.json")).isFalse();
        assertThat(wiki.takes("README.md")).isFalse();
    }
}
