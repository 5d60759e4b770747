package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chancery.SharedData;
import org.chancery.json.Json;
import org.chancery.store.CachedStore;
import org.chancery.xml.Dom;
import org.chancery.xml.SafeXml;
import org.junit.jupiter.api.Test;

/**
 * The same post gives the same claims whichever way it arrives: the tweet archive read as a
 * folder ({@code check --archive}, which folds the XML's layout into single spaces) and the same
 * tweets as JSONL lines holding each file's text as written, line breaks and indentation
 * included ({@code check --batch}).
 */
class ArchiveAndBatchIT {
    private static final ClaimChecker CHECKER = new ClaimChecker(new CachedStore(SharedData.store()));

    @Test
    void theArchiveAndABatchOfTheSameTweetsFindTheSameClaims() throws IOException {
        Path twitter = SharedData.dir().resolve("twitter");
        Map<String, List<String>> byArchive = new LinkedHashMap<>();
        for (Archive.Post p : Archive.read(twitter)) byArchive.put(p.id(), signatures(CHECKER.check(p.text(), p.date()).claims()));

        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(twitter)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".xml")).sorted().toList()) {
                var tweet = SafeXml.parse(f).getDocumentElement();
                var text = Dom.child(tweet, "text");
                if (text == null || text.getTextContent().isBlank()) continue;
                Map<String, String> line = new LinkedHashMap<>();
                line.put("id", twitter.relativize(f).toString());
                line.put("text", text.getTextContent());
                line.put("as_of", Dom.text(tweet, "date").substring(0, 10));
                lines.add(Json.writeLine(line));
            }
        }
        Map<String, List<String>> byBatch = new LinkedHashMap<>();
        for (Batch.Line l : Batch.run(CHECKER, lines, null)) {
            assertThat(l.problem()).isNull();
            byBatch.put(l.id(), signatures(l.claims()));
        }
        long inArchive = byArchive.values().stream().mapToInt(List::size).sum();
        long inBatch = byBatch.values().stream().mapToInt(List::size).sum();
        System.out.printf("claims: archive %d, batch of the same tweets as written %d%n", inArchive, inBatch);
        assertThat(byBatch).isEqualTo(byArchive);
        // "1st U.S. #AfricanAmerican Amb (Edward\n        Dudley)": the wrapped name is one name in both
        assertThat(byBatch.get("data/HistoryAtState/2014/02/25/438297912058339328.xml"))
                .singleElement().asString().startsWith("envoy-appointed [liberia, united-states] [dudley-edward-richard] ");
    }

    /** What a claim says and its verdict; offsets differ, as the texts' layouts do. */
    private static List<String> signatures(List<Claim> claims) {
        return claims.stream().map(c -> c.kind().slug() + " " + c.parties() + " " + c.persons() + " " + c.date() + " " + c.verdict().slug()).toList();
    }
}
