package org.chancery.cli;

import java.io.PrintStream;
import org.chancery.importer.Progress;

/** Draws import progress on one line of a terminal; prints nothing when not on a terminal. */
final class TerminalProgress implements Progress {
    private final PrintStream out;
    private String lastStage = "";

    private TerminalProgress(PrintStream out) {
        this.out = out;
    }

    static Progress forStderr() {
        return System.console() != null ? new TerminalProgress(System.err) : Progress.NONE;
    }

    @Override
    public void step(String stage, int done, int total) {
        if (!stage.equals(lastStage) && !lastStage.isEmpty()) out.print("\n");
        lastStage = stage;
        out.printf("\r%-16s %5d / %d", stage, done, total);
        out.flush();
        if (stage.equals("storing") && done == total) {
            out.print("\n");
            lastStage = "";
        }
    }
}
