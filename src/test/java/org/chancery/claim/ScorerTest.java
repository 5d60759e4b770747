package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private static Scorer.Labelled c(String kind, String date, String verdict, String... parties) {
        return new Scorer.Labelled(kind, List.of(parties), date, verdict);
    }

    @Test
    void scoresAsScoringMdDefinesEstablishedAndResumedBeingOneFamily() {
        var expected = List.of(c("relations-established", "1933-11-16", "supported", "russia", "united-states"),
                c("recognition", "1922", "supported", "estonia", "united-states"),
                c("envoy-appointed", null, "unverifiable", "russia", "united-states"));
        var produced = List.of(c("relations-resumed", "1933-11-16", "supported", "united-states", "russia"),
                c("recognition", "1923", "contradicted", "estonia", "united-states"),
                c("envoy-appointed", null, "supported", "russia", "united-states"));
        Scorer.Score s = Scorer.score(List.of(new Scorer.Case("t", expected, produced)));
        assertThat(s.matched()).isEqualTo(2);
        assertThat(s.recall()).isEqualTo(2.0 / 3);
        assertThat(s.precision()).isEqualTo(2.0 / 3);
        assertThat(s.verdictAccuracy()).isEqualTo(0.5);
        assertThat(s.falseSupported()).isEqualTo(1);
        assertThat(s.misses()).extracting(Scorer.Miss::what).contains("not found", "not expected", "verdict supported, expected unverifiable");
    }
}
