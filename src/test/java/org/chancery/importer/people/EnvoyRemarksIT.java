package org.chancery.importer.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.chancery.SharedData;
import org.chancery.territory.Gazetteer;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;
import org.junit.jupiter.api.Test;

/**
 * Scores the envoy rules on 130 remarks sampled at random from the people records and labelled
 * by hand (src/test/resources/people/envoy-remarks-labelled.tsv). A stated envoy counts as found
 * when sender and rank match the label; dates are scored on the found ones.
 */
class EnvoyRemarksIT {
    private final Gazetteer gazetteer = new Gazetteer(SharedData.store().territories());
    private final Function<String, Optional<TerritoryId>> ofState = n -> gazetteer.find(n).map(Territory::id);

    private static String show(Object o) {
        return o == null ? "" : o.toString();
    }

    @Test
    void findsOtherStatesEnvoysToTheUnitedStatesWithHighPrecisionAndRecall() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/people/envoy-remarks-labelled.tsv"));
        int labelled = 0, tp = 0, fp = 0, fn = 0, datesRight = 0, remarks = 0;
        StringBuilder errors = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] cols = line.split("\t", 3);
            remarks++;
            String expected = cols[1];
            List<EnvoyRemarks.Stated> got = EnvoyRemarks.read(cols[2], ofState);
            String found = got.isEmpty() ? "-" : got.get(0).sender() + "|" + got.get(0).rank() + "|" + show(got.get(0).from()) + "|"
                    + show(got.get(0).to());
            if (!expected.equals("-")) labelled++;
            if (expected.equals("-") && found.equals("-")) continue;
            String expectedWho = expected.equals("-") ? "-" : expected.substring(0, expected.indexOf('|', expected.indexOf('|') + 1));
            String foundWho = found.equals("-") ? "-" : found.substring(0, found.indexOf('|', found.indexOf('|') + 1));
            if (!found.equals("-") && foundWho.equals(expectedWho)) {
                tp++;
                if (found.equals(expected)) datesRight++;
                else errors.append("  dates ").append(cols[0]).append(": expected ").append(expected).append(", got ").append(found).append('\n');
            } else {
                if (!found.equals("-")) fp++;
                if (!expected.equals("-")) fn++;
                errors.append("  ").append(cols[0]).append(": expected ").append(expected).append(", got ").append(found)
                        .append(" — ").append(cols[2]).append('\n');
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        System.out.printf("envoy remarks: %d remarks, %d state an envoy; found %d, wrong %d, missed %d: precision %.3f, recall %.3f; "
                + "dates right on %d of %d found (%.3f)%n%s", remarks, labelled, tp, fp, fn, precision, recall, datesRight, tp,
                datesRight / (double) tp, errors);
        assertThat(remarks).isGreaterThanOrEqualTo(100);
        assertThat(precision).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).isGreaterThanOrEqualTo(0.85);
    }
}
