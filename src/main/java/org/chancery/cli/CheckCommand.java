package org.chancery.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.chancery.claim.Archive;
import org.chancery.claim.Batch;
import org.chancery.claim.CheckResult;
import org.chancery.claim.Claim;
import org.chancery.claim.ClaimChecker;
import org.chancery.claim.Evidence;
import org.chancery.claim.InputGuard;
import org.chancery.claim.Verdict;
import org.chancery.date.PartialDate;
import org.chancery.error.InvalidInputException;
import org.chancery.error.SourceUnavailableException;
import org.chancery.json.Json;
import org.chancery.store.CachedStore;
import org.chancery.store.SqliteStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Find the dated diplomatic claims in a post and check each against the record:",
                "supported, contradicted or unverifiable, with the evidence. A post is at most "
                        + InputGuard.MAX_CHARS + " characters.",
                "  chancery check FILE|-            one post (text, or --format json)",
                "  chancery check --batch F.jsonl   the JSONL form of ../shared/eval/SCORING.md",
                "  chancery check --archive DIR     a folder of .txt, .jsonl or tweet .xml posts: a summary"})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;
    @Mixin
    FormatOption format;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    static final class Input {
        @Parameters(paramLabel = "FILE", description = "The post: a file, or - for standard input.")
        String file;
        @Option(names = "--batch", paramLabel = "FILE.jsonl", description = "Check every line of a JSONL file.")
        Path batch;
        @Option(names = "--archive", paramLabel = "DIR", description = "Check every post in a folder and summarise.")
        Path archive;
    }

    @Option(names = "--as-of", paramLabel = "DATE", description = {"The post's date, anchoring \"90 years ago\"",
            "(default: the post's own date if known)."})
    String asOf;

    @Option(names = "--lang", paramLabel = "LANG", description = {"Language of the verdicts' reasons in text output:", "en (default) or ru."})
    String lang = "en";

    /** Longest batch or archive file read whole: 50 MB. */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    @Override
    public Integer call() {
        LocalDate anchor = asOf == null ? null : PartialDate.parseDay(asOf, "--as-of");
        long opening = System.nanoTime();
        if (!lang.equals("en") && !lang.equals("ru")) {
            throw new org.chancery.error.InvalidInputException("--lang", lang, "expected en or ru");
        }
        try (SqliteStore s = store.openExisting()) {
            store.queries(s);
            ClaimChecker checker = new ClaimChecker(new CachedStore(s));
            if (input.batch != null) return batch(checker, anchor);
            if (input.archive != null) return archive(checker, anchor, (System.nanoTime() - opening) / 1e9);
            String text = read(input.file);
            CheckResult r = checker.check(text, anchor);
            if (format.json()) System.out.println(Json.write(r));
            else System.out.print(CheckReport.text(text, r, java.util.Locale.of(lang)));
        }
        return ExitCodes.OK;
    }

    private int batch(ClaimChecker checker, LocalDate anchor) {
        List<String> lines = lines(input.batch);
        int problems = 0;
        for (Batch.Line l : Batch.run(checker, lines, anchor, TerminalProgress.forStderr())) {
            if (l.problem() != null) {
                System.err.println("chancery: " + l.problem());
                problems++;
            } else {
                System.out.println(l.json());
            }
        }
        return problems == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }

    private int archive(ClaimChecker checker, LocalDate anchor, double openSeconds) {
        long reading = System.nanoTime();
        Archive.Read read = Archive.readAll(input.archive);
        read.problems().forEach(p -> System.err.println("chancery: " + p));
        List<Archive.Post> posts = read.posts();
        double readSeconds = (System.nanoTime() - reading) / 1e9;
        Map<String, Integer> counts = new TreeMap<>();
        StringBuilder contradicted = new StringBuilder();
        int claims = 0;
        int skipped = 0;
        long t0 = System.nanoTime();
        org.chancery.importer.Progress progress = TerminalProgress.forStderr();
        int done = 0;
        for (Archive.Post p : posts) {
            progress.step("checking", done++, posts.size());
            CheckResult r;
            try {
                r = checker.check(p.text(), anchor != null ? anchor : p.date());
            } catch (InvalidInputException e) {
                skipped++;
                continue;
            }
            for (Claim c : r.claims()) {
                claims++;
                counts.merge(c.kind().slug() + " " + c.verdict().slug(), 1, Integer::sum);
                if (c.verdict() == Verdict.CONTRADICTED) {
                    contradicted.append("  ").append(p.id()).append(": ").append(p.text(), c.start(), c.end()).append('\n')
                            .append("    ").append(c.note()).append('\n');
                    for (Evidence e : c.evidence()) contradicted.append("    ").append(e.url()).append('\n');
                }
            }
        }
        progress.step("checking", posts.size(), posts.size());
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("posts read: %d (%d skipped as empty or not text), claims found: %d%n", posts.size(), skipped, claims);
        System.out.println("claims per kind and verdict:");
        counts.forEach((k, n) -> System.out.printf("  %-40s %5d%n", k, n));
        System.out.println("contradicted:");
        System.out.print(contradicted.isEmpty() ? "  (none)\n" : contradicted);
        System.out.printf("throughput: %.0f posts/s (checking %d posts took %.2f s, one thread, including the first, cold posts)%n",
                posts.size() / Math.max(seconds, 1e-9), posts.size(), seconds);
        System.out.printf("time: opening the store %.2f s, reading the archive %.2f s, checking %.2f s;"
                + " starting and stopping the JVM (and the launcher) come on top%n", openSeconds, readSeconds, seconds);
        return read.problems().isEmpty() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }

    /**
     * The file's lines, each decoded alone: a line that is not UTF-8 is null (reported with its
     * number; the others are still checked). Reads at most one byte past the limit, whatever the
     * file is: {@code /dev/zero} or a pipe has no size to ask first.
     */
    static List<String> lines(Path file) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidInputException("--batch", file.toString(), "no such file");
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (bytes.length > MAX_FILE_BYTES) throw new InvalidInputException("--batch", file.toString(), "larger than the limit of 50 MB");
        List<String> lines = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i < bytes.length && bytes[i] != '\n') continue;
            if (i == bytes.length && start == i) break;
            int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
            try {
                lines.add(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes, start, end - start)).toString());
            } catch (CharacterCodingException e) {
                lines.add(null);
            }
            start = i + 1;
        }
        return lines;
    }

    /** Reads at most one byte past the limit, so a 50 MB input is refused without being read whole. */
    static String read(String file) {
        try (InputStream in = "-".equals(file) ? System.in : Files.newInputStream(Path.of(file))) {
            byte[] bytes = in.readNBytes(InputGuard.MAX_CHARS * 4 + 1);
            if (bytes.length > InputGuard.MAX_CHARS * 4) {
                throw new InvalidInputException("FILE", file, "larger than the limit of " + InputGuard.MAX_CHARS + " characters");
            }
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return InputGuard.check("FILE", text);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("FILE", file, "binary input, not UTF-8 text");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidInputException("FILE", file, "no such file");
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
