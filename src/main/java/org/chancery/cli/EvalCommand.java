package org.chancery.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.chancery.claim.Batch;
import org.chancery.claim.ClaimChecker;
import org.chancery.claim.Scorer;
import org.chancery.error.SourceUnavailableException;
import org.chancery.importer.Progress;
import org.chancery.importer.SourceLayout;
import org.chancery.importer.rdcr.KindScorer;
import org.chancery.importer.rdcr.RdcrImporter;
import org.chancery.store.CachedStore;
import org.chancery.store.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the claim checker on a labelled JSONL set (../shared/eval/SCORING.md):",
                "recall, precision, verdict accuracy, false supported, and each miss.",
                "Labelled rdcr entries (lines with div_index, as rdcr-kinds-dev.jsonl) score",
                "the rdcr importer instead: kind accuracy, date exact, negated entries",
                "imported as the event they deny, and every miss."})
final class EvalCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "FILE.jsonl", description = {"Lines with id, text and expected claims,", "or labelled rdcr entries."})
    Path file;

    @Option(names = "--from", paramLabel = "DIR", description = {"For rdcr entries: the data folder", "(default: ../shared/data)."})
    Path from;

    @Override
    public Integer call() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (RDCR_ENTRIES.test(lines)) {
            SourceLayout src = SourceLayout.of(from != null ? from : Path.of("..", "shared", "data"));
            KindScorer.Score score = KindScorer.score(KindScorer.read(lines), RdcrImporter.read(src.rdcr(), TerminalProgress.forStderr()).events());
            KindScorer.report(score).forEach(System.out::println);
            return ExitCodes.OK;
        }
        try (SqliteStore s = store.openExisting()) {
            store.queries(s);
            Scorer.Score score = Scorer.score(cases(new ClaimChecker(new CachedStore(s)), lines, TerminalProgress.forStderr()));
            print(score);
        }
        return ExitCodes.OK;
    }

    /** Labelled rdcr entries are told by their first line: it names a timeline div. */
    private static final java.util.function.Predicate<List<String>> RDCR_ENTRIES = lines -> lines.stream()
            .filter(l -> !l.isBlank()).findFirst().map(l -> l.contains("\"div_index\"")).orElse(false);

    static List<Scorer.Case> cases(ClaimChecker checker, List<String> lines, Progress progress) {
        List<Scorer.Case> cases = new ArrayList<>();
        for (Batch.Line l : Batch.run(checker, lines, null, progress)) {
            if (l.problem() != null) {
                System.err.println("chancery: " + l.problem());
                continue;
            }
            List<Scorer.Labelled> expected = new ArrayList<>();
            for (JsonNode e : l.input().path("expected")) {
                List<String> parties = new ArrayList<>();
                e.path("parties").forEach(p -> parties.add(p.asText()));
                expected.add(new Scorer.Labelled(e.path("kind").asText(), parties, e.path("date").isNull() ? null : e.path("date").asText(null),
                        e.path("verdict").asText()));
            }
            cases.add(new Scorer.Case(l.id(), expected, l.claims().stream().map(Scorer::of).toList()));
        }
        return cases;
    }

    static void print(Scorer.Score s) {
        System.out.printf("expected claims %d, output claims %d, matched %d%n", s.expected(), s.produced(), s.matched());
        System.out.printf("recall           %.3f%n", s.recall());
        System.out.printf("precision        %.3f%n", s.precision());
        System.out.printf("verdict accuracy %.3f%n", s.verdictAccuracy());
        System.out.printf("false supported  %d%n", s.falseSupported());
        if (!s.misses().isEmpty()) System.out.println("misses:");
        for (Scorer.Miss m : s.misses()) {
            Scorer.Labelled c = m.claim();
            System.out.printf("  %s  %-26s %s %s %s (%s)%n", m.id(), m.what(), c.kind(), c.parties(), c.date(), c.verdict());
        }
    }
}
