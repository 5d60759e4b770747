package org.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final AtomicLong now = new AtomicLong();
    final TerminalProgress progress = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), now::get);

    String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    void run(String stage, int total, long nanosPerStep) {
        for (int i = 0; i <= total; i++) {
            progress.step(stage, i, total);
            now.addAndGet(nanosPerStep);
        }
    }

    @Test
    void workShorterThanTwoSecondsPrintsNothing() {
        run("checking", 100, 10_000_000L); // 1 s in all
        assertThat(printed()).isEmpty();
    }

    @Test
    void longerWorkShowsABarWithCountsAndEndsItsLine() {
        run("checking", 100, 50_000_000L); // 5 s in all
        assertThat(printed()).contains("\rchecking         [", "] 100 / 100\n").containsPattern("\\[#+-+\\]\\s+\\d+ / 100");
        assertThat(printed()).doesNotContain("] 0 / 100"); // nothing in the first two seconds
    }

    @Test
    void eachStageHasItsOwnLine() {
        run("reading", 10, 500_000_000L);
        run("storing", 10, 500_000_000L);
        assertThat(printed().chars().filter(c -> c == '\n').count()).isEqualTo(2);
        assertThat(printed()).contains("\rreading ", "\rstoring ");
        assertThat(TerminalProgress.line("storing", 5, 10)).isEqualTo("storing          [###############---------------]  5 / 10");
    }
}
