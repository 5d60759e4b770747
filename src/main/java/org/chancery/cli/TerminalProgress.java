package org.chancery.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import org.chancery.importer.Progress;

/**
 * A progress bar with counts on one line of a terminal ("checking [########------------]  913 / 2263"),
 * for work that goes on past {@link #DELAY_NANOS two seconds}: shorter work prints nothing, and so
 * does any work when standard error is not a terminal (a file, a pipe, a test).
 */
final class TerminalProgress implements Progress {
    /** Two seconds; the system property {@code chancery.progressDelayMs} changes it (tests draw at once with 0). */
    static final long DELAY_NANOS = Long.getLong("chancery.progressDelayMs", 2000L) * 1_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final LongSupplier clock;
    private String stage = "";
    private long stageStart;
    private long lastDraw;
    private boolean drawn;

    TerminalProgress(PrintStream out, LongSupplier clock) {
        this.out = out;
        this.clock = clock;
    }

    static Progress forStderr() {
        return stderrIsTerminal() ? new TerminalProgress(System.err, System::nanoTime) : Progress.NONE;
    }

    /** Whether file descriptor 2 is a terminal: on Linux by where it leads, elsewhere by the JVM's console. */
    static boolean stderrIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            if (Files.exists(fd2, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            // fall through to the console
        }
        return System.console() != null;
    }

    @Override
    public void step(String stage, int done, int total) {
        long now = clock.getAsLong();
        if (!stage.equals(this.stage)) {
            if (drawn) out.print("\n");
            this.stage = stage;
            stageStart = now;
            drawn = false;
        }
        boolean finished = done >= total;
        if (now - stageStart < DELAY_NANOS) return;
        if (!finished && drawn && now - lastDraw < REDRAW_NANOS) return;
        out.print("\r" + line(stage, done, total));
        drawn = true;
        lastDraw = now;
        if (finished) {
            out.print("\n");
            drawn = false;
            this.stage = "";
        }
        out.flush();
    }

    /** "checking [########------------]  913 / 2263". */
    static String line(String stage, int done, int total) {
        int filled = total <= 0 ? WIDTH : (int) Math.min(WIDTH, (long) WIDTH * done / total);
        String digits = Integer.toString(Math.max(total, done));
        return String.format("%-16s [%s%s] %" + digits.length() + "d / %d", stage, "#".repeat(filled), "-".repeat(WIDTH - filled), done, total);
    }
}
