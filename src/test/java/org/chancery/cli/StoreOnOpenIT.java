package org.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Random;
import org.chancery.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, item 5: a store is checked when opened, and its failures name their cause and exit code. */
class StoreOnOpenIT {
    @TempDir
    Path dir;

    @Test
    void aStoreWith4KbOverwrittenInTheMiddleIsRefusedInOneLineSayingHowToReimport() throws Exception {
        Path db = SharedData.copyOfStore(dir.resolve("damaged.db"));
        byte[] noise = new byte[4096];
        new Random(12).nextBytes(noise);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek(f.length() / 2 / 4096 * 4096);
            f.write(noise);
        }
        for (String[] args : new String[][] {{"stats"}, {"relations", "russia", "united-states"}, {"serve", "--port", "0"}}) {
            String[] withDb = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--db", db.toString()))
                    .toArray(String[]::new);
            CliIT.Run r = CliIT.run(withDb);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(ExitCodes.BAD_DATA);
            assertThat(r.err()).contains("is damaged (quick_check:", "delete it and import again: chancery import --db " + db);
            assertThat(r.err().strip()).doesNotContain("\n");
        }
    }

    @Test
    void anEmptyFileIsNotGivenASchemaByAQuestion() throws Exception {
        Path db = Files.createFile(dir.resolve("zero.db"));
        CliIT.Run r = CliIT.run("stats", "--db", db.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("an empty file, not a store");
        assertThat(Files.size(db)).isZero();
    }

    @Test
    void anImportWaitsOnABusyLockAndNamesALockHeldTooLong() throws Exception {
        Path db = SharedData.copyOfStore(dir.resolve("locked.db"));
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath()); Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            CliIT.Run locked = CliIT.run("import", "-q", "--from", SharedData.dir().toString(), "--db", db.toString());
            assertThat(locked.code()).isEqualTo(ExitCodes.UNAVAILABLE);
            assertThat(locked.err()).contains("is locked by another process (waited 5 s)");
            // a lock released within the busy timeout is waited for
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(1500);
                    st.execute("COMMIT");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            st.execute("ROLLBACK");
            st.execute("BEGIN EXCLUSIVE");
            release.start();
            CliIT.Run waited = CliIT.run("import", "-q", "--from", SharedData.dir().toString(), "--db", db.toString());
            release.join();
            assertThat(waited.code()).as(waited.err()).isZero();
        }
    }
}
