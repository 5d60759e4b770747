package org.chancery.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.chancery.error.InvalidInputException;
import org.chancery.importer.ImportReport;
import org.chancery.importer.RecordImport;
import org.chancery.importer.SourceLayout;
import org.chancery.record.RecordQueries;
import org.chancery.store.SqliteStore;
import org.chancery.territory.TerritoryId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Import the record (from ../shared/data when present) and print the United States–Russia timeline.")
final class DemoCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--from", paramLabel = "DIR", description = "Local copy of the data (default: ../shared/data if it exists).")
    Path from;

    @Override
    public Integer call() {
        Path src = from != null ? from : Path.of("..", "shared", "data");
        if (!Files.isDirectory(src)) {
            throw new InvalidInputException("--from", src.toString(), "no such folder; give --from DIR or run 'chancery import' to download");
        }
        try (SqliteStore s = store.open()) {
            ImportReport report = RecordImport.run(SourceLayout.of(src), s, TerminalProgress.forStderr());
            ImportCommand.print(report, System.out, true);
            System.out.println();
            RecordQueries q = new RecordQueries(s);
            TimelineCommand.printText(q, TerritoryId.UNITED_STATES, new TerritoryId("russia"), q.timeline(TerritoryId.UNITED_STATES,
                    new TerritoryId("russia")), System.out, false);
        }
        return ExitCodes.OK;
    }
}
