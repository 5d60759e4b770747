package org.chancery.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.Random;
import org.chancery.SharedData;
import org.chancery.error.DataIntegrityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: a store that passed its check unchanged is not read whole again; a changed one is checked again. */
class StoreCheckIT {
    @TempDir
    Path dir;

    /** A minute after now: as a later open sees a file whose last write has long settled. */
    private static Instant later() {
        return Instant.now().plusSeconds(60);
    }

    private static boolean check(Path db, boolean mayRecord, Instant at) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
            return StoreCheck.quickCheckIfChanged(db, c, mayRecord, at);
        }
    }

    private static void overwriteMiddlePage(Path db) throws Exception {
        byte[] noise = new byte[4096];
        new Random(14).nextBytes(noise);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek(f.length() / 2 / 4096 * 4096);
            f.write(noise);
        }
    }

    @Test
    void anUnchangedStoreIsCheckedOnceThenOpenedWithoutReadingItWhole() throws Exception {
        Path db = SharedData.copyOfStore(dir.resolve("good.db"));
        assertThat(check(db, true, later())).isTrue();
        assertThat(CheckedStamp.sideFile(db)).exists();
        assertThat(Files.getPosixFilePermissions(CheckedStamp.sideFile(db))).isEqualTo(Files.getPosixFilePermissions(db));
        assertThat(check(db, true, later())).isFalse();
    }

    @Test
    void aStoreChangedInPlaceAfterItsCheckIsCheckedAgainAndItsDamageFound() throws Exception {
        Path db = SharedData.copyOfStore(dir.resolve("damaged.db"));
        assertThat(check(db, true, later())).isTrue();
        long size = Files.size(db);
        FileTime modified = Files.getLastModifiedTime(db);
        overwriteMiddlePage(db);
        // the same size and the old modification time: only the change time still tells
        Files.setLastModifiedTime(db, modified);
        assertThat(Files.size(db)).isEqualTo(size);
        assertThatThrownBy(() -> SqliteStore.openForReading(db).close())
                .isInstanceOf(DataIntegrityException.class)
                .hasMessageContaining("is damaged (quick_check:");
    }

    @Test
    void aStoreWrittenJustBeforeItsCheckIsNotRecordedSoAWriteInTheSameClockTickIsNotMissed() throws Exception {
        Path db = SharedData.copyOfStore(dir.resolve("fresh.db"));
        assertThat(check(db, true, Instant.now())).isTrue();
        assertThat(CheckedStamp.sideFile(db)).doesNotExist();
        assertThat(check(db, true, Instant.now())).isTrue();
    }

    @Test
    void aReadOnlyOpenRecordsNothingBesideTheStore() throws Exception {
        Path db = SharedData.copyOfStore(dir.resolve("ro.db"));
        assertThat(check(db, false, later())).isTrue();
        assertThat(CheckedStamp.sideFile(db)).doesNotExist();
        assertThat(check(db, false, later())).isTrue();
    }

    @Test
    void aStampFromAnotherFileIsNotTakenForThisOne() throws Exception {
        Path db = SharedData.copyOfStore(dir.resolve("one.db"));
        assertThat(check(db, true, later())).isTrue();
        Path stamp = CheckedStamp.sideFile(db);
        Path other = SharedData.copyOfStore(dir.resolve("other.db"));
        Files.copy(stamp, CheckedStamp.sideFile(other));
        assertThat(check(other, true, later())).isTrue();
    }
}
