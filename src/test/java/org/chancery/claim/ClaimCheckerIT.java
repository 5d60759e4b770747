package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.chancery.SharedData;
import org.chancery.event.EventKind;
import org.chancery.json.Json;
import org.chancery.person.PersonId;
import org.chancery.store.CachedStore;
import org.chancery.store.RecordStore;
import org.chancery.territory.Gazetteer;
import org.chancery.territory.TerritoryId;
import org.junit.jupiter.api.Test;

/** The checker on the seed post and on the labelled dev set, scored as SCORING.md defines. */
class ClaimCheckerIT {
    private static final ClaimChecker CHECKER = new ClaimChecker(new CachedStore(SharedData.store()));

    @Test
    void checksTheSeedPostClaimByClaim() throws IOException {
        String seed = Files.readString(SharedData.dir().resolveSibling("examples/seed-post.txt"), StandardCharsets.UTF_8);
        CheckResult r = CHECKER.check(seed, null);
        assertThat(r.claims()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(EventKind.RELATIONS_ESTABLISHED);
            assertThat(c.parties()).containsExactly(new TerritoryId("russia"), TerritoryId.UNITED_STATES);
            assertThat(c.date().toString()).isEqualTo("1933-11-16");
            assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(c.note()).contains("relations-resumed");
            assertThat(c.evidence()).extracting(Evidence::record).containsExactly("russia#Normal Diplomatic Relations Resumed, 1933");
        });
        assertThat(r.claims()).anySatisfy(c -> {
            assertThat(c.persons()).containsExactly(new PersonId("bullitt-william-christian"));
            assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(c.note()).contains("credentials presented 1933-12-13");
        });
        assertThat(r.claims()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(EventKind.ENVOY_APPOINTED);
            assertThat(c.persons()).isEmpty();
            assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
            assertThat(seed.substring(c.start(), c.end())).contains("plenipotentiary representative to the United States");
        });
        assertThat(r.metadata()).extracting(Metadata::text).contains("#HistoryOfDiplomacy", "Hide player controls", "Hide resume playing")
                .anySatisfy(t -> assertThat(t).startsWith("Источник"));
    }

    @Test
    void meetsTheDevSetTargets() throws IOException {
        Scorer.Score s = score("claims-dev.jsonl");
        assertThat(s.falseSupported()).isZero();
        assertThat(s.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.verdictAccuracy()).isGreaterThanOrEqualTo(0.97);
    }

    /**
     * The posts set (issue 10's targets: 0.95 / 0.95 / 0.97 / 0). Asserted: what is reached now,
     * never more; printed: everything. Verdicts for pairs without the U.S. and other states' envoys
     * wait for their data, and count as verdict misses until then.
     */
    @Test
    void scoresThePostsSet() throws IOException {
        Scorer.Score s = score("claims-posts-dev.jsonl");
        assertThat(s.falseSupported()).isZero();
        assertThat(s.recall()).isGreaterThanOrEqualTo(RECALL_REACHED);
        assertThat(s.precision()).isGreaterThanOrEqualTo(PRECISION_REACHED);
        assertThat(s.verdictAccuracy()).isGreaterThanOrEqualTo(VERDICTS_REACHED);
    }

    private static final double RECALL_REACHED = 0.985;
    private static final double PRECISION_REACHED = 0.99;
    private static final double VERDICTS_REACHED = 1.0;

    /**
     * Posts written and labelled by hand against the record outside the dev sets (src/test/resources/
     * org/chancery/claim/own-posts.jsonl: rubrics, fact-check threads, hedges, plans, questions,
     * negations, lists, pronouns, protecting powers, reopenings, in English and Russian). Asserted:
     * what is reached now; printed: everything.
     */
    @Test
    void scoresTheOwnPostsSet() throws IOException {
        Scorer.Score s = score(java.nio.file.Path.of("src/test/resources/org/chancery/claim/own-posts.jsonl"));
        assertThat(s.falseSupported()).isZero();
        assertThat(s.recall()).isGreaterThanOrEqualTo(OWN_RECALL_REACHED);
        assertThat(s.precision()).isGreaterThanOrEqualTo(OWN_PRECISION_REACHED);
        assertThat(s.verdictAccuracy()).isGreaterThanOrEqualTo(OWN_VERDICTS_REACHED);
    }

    private static final double OWN_RECALL_REACHED = 0.90;
    private static final double OWN_PRECISION_REACHED = 0.95;
    private static final double OWN_VERDICTS_REACHED = 1.0;

    private static Scorer.Score score(String file) throws IOException {
        return score(SharedData.dir().resolveSibling("eval/" + file));
    }

    private static Scorer.Score score(java.nio.file.Path path) throws IOException {
        String file = path.getFileName().toString();
        List<Scorer.Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            var node = Json.mapper().readTree(line);
            List<Scorer.Labelled> expected = new ArrayList<>();
            for (var e : node.get("expected")) {
                List<String> parties = new ArrayList<>();
                e.get("parties").forEach(p -> parties.add(p.asText()));
                expected.add(new Scorer.Labelled(e.get("kind").asText(), parties, e.get("date").isNull() ? null : e.get("date").asText(),
                        e.get("verdict").asText()));
            }
            java.time.LocalDate asOf = node.hasNonNull("as_of") ? java.time.LocalDate.parse(node.get("as_of").asText()) : null;
            List<Scorer.Labelled> produced = CHECKER.check(node.get("text").asText(), asOf).claims().stream().map(Scorer::of).toList();
            cases.add(new Scorer.Case(node.get("id").asText(), expected, produced));
        }
        Scorer.Score s = Scorer.score(cases);
        System.out.printf("%s: recall %.3f, precision %.3f, verdict accuracy %.3f, false supported %d (%d expected, %d output)%n",
                file, s.recall(), s.precision(), s.verdictAccuracy(), s.falseSupported(), s.expected(), s.produced());
        return s;
    }

    /** Work beyond the single pass over the text grows linearly with it: counted, not timed. */
    @Test
    void readingWorkGrowsLinearlyWithTheText() {
        RecordStore store = new CachedStore(SharedData.store());
        ClaimReader reader = new ClaimReader(new NameFinder(new Gazetteer(store.territories())), new PersonFinder(store.persons()), store);
        for (String unit : List.of("France recognized Haiti in 1862, ", "France recognized Haiti in 1862 and ",
                "The United States did not recognize Haiti in 1862, ", "Ambassador Smith was appointed minister to France in 1853 and ",
                "16 ноября 1933 года СССР и США установили дипломатические отношения, ")) {
            long small = work(reader, unit.repeat(1_000));
            long large = work(reader, unit.repeat(4_000));
            System.out.printf("work for 1,000 and 4,000 times \"%s\": %d, %d%n", unit.strip(), small, large);
            assertThat(large).as(unit).isLessThanOrEqualTo(small * 4 + small / 10);
            assertThat(small).as(unit).isLessThanOrEqualTo(1_000L * 200);
        }
        assertThat(reader.read("France recognized Haiti in 1862, ".repeat(240), null, false)).hasSize(1);
    }

    private static long work(ClaimReader reader, String text) {
        Work w = new Work();
        reader.read(text, null, false, w, Deadline.NONE);
        return w.steps();
    }

    @Test
    void writesTheBatchJsonOfScoringMd() {
        List<Batch.Line> out = Batch.run(CHECKER, List.of(
                "{\"id\": \"a\", \"text\": \"On May 14, 1948, U.S. President Harry S. Truman recognized Israel.\"}",
                "not json",
                "{\"id\": \"b\"}"), null);
        assertThat(out.get(0).json()).startsWith("{\"id\":\"a\",\"claims\":[{\"kind\":\"recognition\",\"parties\":[\"israel\",\"united-states\"],"
                + "\"persons\":[],\"date\":\"1948-05-14\",\"verdict\":\"supported\",\"start\":");
        assertThat(out.get(1).problem()).startsWith("line 2: invalid JSON");
        assertThat(out.get(2).problem()).startsWith("line 3: needs an \"id\" and a \"text\"");
    }

    @Test
    void readsRussianClaimsAndNeverLendsAnotherEnvoysRecord() {
        var relations = CHECKER.check("16 ноября 1933 года СССР и США установили дипломатические отношения.", null).claims();
        assertThat(relations).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(EventKind.RELATIONS_ESTABLISHED);
            assertThat(c.date().toString()).isEqualTo("1933-11-16");
            assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED);
        });
        assertThat(CHECKER.check("Посол Буллит вручил верительные грамоты в Москве 13 декабря 1933 года.", null).claims())
                .singleElement().satisfies(c -> assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED));
        assertThat(CHECKER.check("Посол Дэвис вручил верительные грамоты в Москве 13 декабря 1933 года.", null).claims())
                .singleElement().satisfies(c -> assertThat(c.verdict()).isNotEqualTo(Verdict.SUPPORTED));
        assertThat(CHECKER.check("Washington refused to recognize the Soviet government in 1925.", null).claims()).isEmpty();
    }

    @Test
    void readsTheTweetArchive() {
        List<Archive.Post> posts = Archive.read(SharedData.dir().resolve("twitter"));
        assertThat(posts).hasSizeGreaterThan(2000).allSatisfy(p -> assertThat(p.date()).isNotNull());
    }

}
