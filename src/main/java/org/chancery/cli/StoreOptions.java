package org.chancery.cli;

import java.nio.file.Path;
import org.chancery.error.InvalidInputException;
import org.chancery.record.RecordQueries;
import org.chancery.store.RecordStore;
import org.chancery.store.SqliteStore;
import picocli.CommandLine.Option;

/** {@code --db PATH}, on every command. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "PATH",
            description = {"SQLite database file (default: $CHANCERY_DB,", "else ${XDG_DATA_HOME:-~/.local/share}/chancery/chancery.db)."})
    Path db;

    Path path() {
        return db != null ? db : DataDirs.defaultDatabase();
    }

    SqliteStore open() {
        return SqliteStore.open(path());
    }

    /** Opens a store that must already exist: questions never create an empty database as a side effect. */
    SqliteStore openExisting() {
        return SqliteStore.openForReading(path());
    }

    /** Opens the store for questions; an empty store is an error that says how to fill it. */
    RecordQueries queries(RecordStore store) {
        if (store.isEmpty()) {
            throw new InvalidInputException("--db", path().toString(),
                    "the store is empty; run 'chancery import --from DIR' (or 'chancery import' to download the record) first");
        }
        return new RecordQueries(store);
    }
}
