package org.chancery.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SplitterTest {
    @Test
    void aThreadsTokenizerGivesEachTextTheSamePiecesAsAFreshOne() {
        String a = "The U.S. recognized 🇪🇪 on July 28, 1922.";
        String b = "Посол Буллит вручил верительные грамоты 13.12.1933";
        List<Splitter.Piece> first = Splitter.split(a);
        List<Splitter.Piece> other = Splitter.split(b);
        assertThat(Splitter.split(a)).isEqualTo(first);
        assertThat(Splitter.split(b)).isEqualTo(other);
        assertThat(first).extracting(p -> a.substring(p.start(), p.end()))
                .containsExactly("The", "U.S", ".", "recognized", "🇪🇪", "on", "July", "28", ",", "1922", ".");
    }

    @Test
    void twoThreadsSplittingAtOnceEachGetTheirOwnPieces() throws Exception {
        String a = "Relations were severed on January 3, 1961.";
        List<Splitter.Piece> expected = Splitter.split(a);
        List<List<Splitter.Piece>> seen = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 200; i++) seen.add(Splitter.split(a));
            });
            threads[t].start();
        }
        for (Thread t : threads) t.join();
        assertThat(seen).hasSize(800).allSatisfy(p -> assertThat(p).isEqualTo(expected));
    }
}
