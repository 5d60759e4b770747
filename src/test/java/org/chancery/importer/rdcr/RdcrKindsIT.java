package org.chancery.importer.rdcr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chancery.SharedData;
import org.chancery.importer.Progress;
import org.junit.jupiter.api.Test;

/**
 * The importer's kinds and dates scored on the labelled sample ../shared/eval/rdcr-kinds-dev.jsonl,
 * after reading the real rdcr. The same scorer runs on entries no one has seen: the floors below
 * are what the rules reach here, not the goal.
 */
class RdcrKindsIT {

    @Test
    void classifiesAndDatesTheLabelledEntriesAndNeverImportsADeniedEvent() throws Exception {
        Path labels = SharedData.dir().resolveSibling("eval").resolve("rdcr-kinds-dev.jsonl");
        List<KindScorer.Labelled> labelled = KindScorer.read(Files.readAllLines(labels, StandardCharsets.UTF_8));
        RdcrImporter.Result rdcr = RdcrImporter.read(SharedData.dir().resolve("rdcr"), Progress.NONE);
        KindScorer.Score score = KindScorer.score(labelled, rdcr.events());
        KindScorer.report(score).forEach(System.out::println);

        assertThat(labelled).hasSize(120);
        assertThat(score.negated()).isEqualTo(2);
        assertThat(score.negatedImported()).isZero();
        assertThat(score.kindAccuracy()).isGreaterThanOrEqualTo(KIND_ACCURACY);
        assertThat(score.dateExact()).isGreaterThanOrEqualTo(DATE_EXACT);
    }

    /** Reached: 1.000 (120 of 120). */
    static final double KIND_ACCURACY = 0.99;
    /** Reached: 0.975 (117 of 120); the misses are printed. */
    static final double DATE_EXACT = 0.975;
}
