package org.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chancery.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI end to end on a real SQLite file: answers, exit codes and one-line errors. */
class CliIT {
    @TempDir
    static Path dir;
    static Path db;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @BeforeAll
    static void importOnce() {
        db = dir.resolve("chancery.db");
        Run r = run("import", "--from", SharedData.dir().toString(), "--db", db.toString());
        assertThat(r.code).as(r.err).isZero();
    }

    @Test
    void importPrintsCountsPerSourceAndKindAndTheUnclassifiedRecords() {
        Run r = run("import", "--from", SharedData.dir().toString(), "--db", dir.resolve("again.db").toString());
        assertThat(r.out).contains("events per source and kind:", "rdcr", "pocom", "relations-resumed", "credentials-presented")
                .contains("kind not classified: kept as 'other'");
    }

    @Test
    void aSecondImportGivesTheSameCounts() {
        String before = run("stats", "--db", db.toString(), "--format", "json").out;
        assertThat(run("import", "-q", "--from", SharedData.dir().toString(), "--db", db.toString()).code).isZero();
        String after = run("stats", "--db", db.toString(), "--format", "json").out;
        assertThat(after.replaceAll("\"lastImport\".*", "")).isEqualTo(before.replaceAll("\"lastImport\".*", ""));
    }

    @Test
    void timelineOfUnitedStatesAndRussiaShowsTheResumptionOf1933() {
        Run r = run("timeline", "united-states", "russia", "--db", db.toString());
        assertThat(r.code).isZero();
        assertThat(r.out).contains("1933-11-16  day    relations-resumed", "Normal Diplomatic Relations Resumed, 1933",
                "https://history.state.gov/countries/russia");
    }

    @Test
    void timelineAsJsonHoldsWhatTheTextShowsWithKeysInTheDocumentedOrder() throws IOException {
        Run text = run("timeline", "united-states", "russia", "--db", db.toString());
        int shown = Integer.parseInt(text.out.replaceAll("(?s)^Timeline [^:]*: (\\d+) events.*", "$1"));
        var json = org.chancery.json.Json.mapper().readTree(run("timeline", "united-states", "russia", "--format", "json", "--db", db.toString()).out);
        assertThat(json.get("events").size()).isEqualTo(shown);
        assertThat(json.fieldNames()).toIterable().containsExactly("a", "b", "all", "events");
        var all = org.chancery.json.Json.mapper().readTree(run("timeline", "united-states", "russia", "--all", "--format", "json", "--db", db.toString()).out);
        assertThat(all.get("events").size()).isGreaterThan(shown);
        assertThat(run("timeline", "united-states", "russia", "--all", "--db", db.toString()).out).contains(": " + all.get("events").size() + " events");
    }

    @Test
    void relationsResolveAliasesAndNameTheSettingEvent() {
        Run r = run("relations", "USSR", "United States", "--on", "1934-01-01", "--db", db.toString());
        assertThat(r.out).contains("Union of Soviet Socialist Republics", "diplomatic relations", "since 1933-11-16");
        Run y1925 = run("relations", "Soviet Union", "united-states", "--on", "1925-01-01", "--db", db.toString(), "--format", "json");
        assertThat(y1925.out).contains("\"state\" : \"severed\"");
    }

    @Test
    void envoysInPostOnADay() {
        Run r = run("envoys", "Russia", "--on", "1934-01-01", "--db", db.toString(), "--format", "json");
        assertThat(r.code).isZero();
        assertThat(r.out).contains("bullitt-william-christian", "\"credentials\" : \"1933-12-13\"");
    }

    @Test
    void territoriesShowNamesOverTimeAndCodes() {
        Run r = run("territories", "СССР", "--db", db.toString());
        assertThat(r.out).contains("Russia (russia)", "Union of Soviet Socialist Republics", "1922-12-30 to 1991-12-25",
                "Correlates of War: 365");
    }

    @Test
    void anniversariesAsTextIcsAndWithBadWindows() {
        Run text = run("anniversaries", "--from", "2023-11-01", "--to", "2023-11-30", "--db", db.toString());
        assertThat(text.code).isZero();
        assertThat(text.out).contains("2023-11-16  90th anniversary", "Normal Diplomatic Relations Resumed, 1933");
        Run ics = run("anniversaries", "--from", "2023-11-01", "--to", "2023-11-30", "--format", "ics", "--db", db.toString());
        assertThat(ics.out).startsWith("BEGIN:VCALENDAR").contains("UID:rdcr:russia:8-90@chancery");
        Run backwards = run("anniversaries", "--from", "2023-12-01", "--to", "2023-11-01", "--db", db.toString());
        assertThat(backwards.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(backwards.err.strip()).doesNotContain("\n").contains("'2023-12-01'", "after --to");
        Run tooLong = run("anniversaries", "--from", "2000-01-01", "--to", "2020-01-01", "--db", db.toString());
        assertThat(tooLong.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(tooLong.err).contains("ten years");
        Run unknown = run("anniversaries", "--party", "Atlantis", "--db", db.toString());
        assertThat(unknown.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(unknown.err).contains("unknown territory 'Atlantis'");
        Run kind = run("anniversaries", "--kinds", "coronation", "--db", db.toString());
        assertThat(kind.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(kind.err).contains("'coronation'");
    }

    @Test
    void anniversariesKeepTheirTextColumnStraightWhereADateIsDisputed() {
        // 2026-01-01: Paraguay–Uruguay 1846 (its two articles disagree) and Peru–Sweden 1931 (they do not)
        Run text = run("anniversaries", "--from", "2026-01-01", "--to", "2026-01-01", "--db", db.toString());
        assertThat(text.code).isZero();
        java.util.List<String> rows = text.out.lines().filter(l -> l.startsWith("2026-01-01  ")).toList();
        assertThat(rows).anyMatch(l -> l.contains("(date disputed)")).anyMatch(l -> !l.contains("(date disputed)"));
        java.util.Set<Integer> kindColumns = new java.util.HashSet<>();
        for (String row : rows) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("anniversary(?: \\(date disputed\\))? +(\\S)").matcher(row);
            assertThat(m.find()).as(row).isTrue();
            kindColumns.add(m.start(1));
        }
        assertThat(kindColumns).as("where the kind starts on each row").hasSize(1);
        int column = kindColumns.iterator().next();
        assertThat(text.out.lines().filter(l -> l.startsWith(" ")).map(l -> l.length() - l.stripLeading().length()))
                .as("the sources and the disagreement start under the kind").containsOnly(column);
    }

    @Test
    void postsInEnglishAndRussianAndRefusesAnUnknownLanguage() {
        Run en = run("post", "--date", "2023-11-16", "--party", "USSR", "--hashtags", "HistoryOfDiplomacy", "--db", db.toString());
        assertThat(en.out).startsWith("90 years ago, on November 16, 1933, the United States and the Soviet Union resumed")
                .contains("#HistoryOfDiplomacy", "Sources:");
        Run ru = run("post", "--date", "2023-11-16", "--party", "russia", "--lang", "ru", "--db", db.toString());
        assertThat(ru.out).startsWith("90 лет назад, 16 ноября 1933 года").contains("Источники:");
        Run tweet = run("post", "--date", "2023-11-16", "--party", "russia", "--lang", "ru", "--max-chars", "280", "--db", db.toString());
        assertThat(tweet.out.strip().codePointCount(0, tweet.out.strip().length())).isLessThanOrEqualTo(280);
        assertThat(tweet.out).startsWith("90 лет назад").contains("[1] https://history.state.gov/countries/russia");
        Run thread = run("post", "--date", "2023-11-16", "--party", "russia", "--thread", "--db", db.toString());
        assertThat(thread.out.split("\n\n")).hasSizeGreaterThan(2).allSatisfy(p -> assertThat(p.strip().length()).isLessThanOrEqualTo(280));
        assertThat(thread.out).startsWith("1/");
        Run tiny = run("post", "--date", "2023-11-16", "--max-chars", "10", "--db", db.toString());
        assertThat(tiny.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(tiny.err.strip()).contains("--max-chars", "'10'").doesNotContain("\n");
        Run fr = run("post", "--date", "2023-11-16", "--lang", "fr", "--db", db.toString());
        assertThat(fr.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(fr.err.strip()).contains("invalid --lang 'fr'");
    }

    @Test
    void checksAPostAndRefusesBadInputInOneLine() throws IOException {
        Path seed = SharedData.dir().resolveSibling("examples/seed-post.txt");
        Run text = run("check", seed.toString(), "--db", db.toString());
        assertThat(text.code).isZero();
        assertThat(text.out).contains("SUPPORTED  relations-established russia–united-states 1933-11-16", "[bullitt-william-christian]",
                "UNVERIFIABLE  envoy-appointed");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  ");
        assertThat(run("check", empty.toString(), "--db", db.toString()).err).contains("empty input");
        Path binary = Files.write(dir.resolve("bin.dat"), new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe});
        Run bin = run("check", binary.toString(), "--db", db.toString());
        assertThat(bin.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(bin.err).contains("binary input");
        Path big = dir.resolve("big.txt");
        try (var out = Files.newOutputStream(big)) {
            byte[] line = "Relations were established in 1960. ".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 1500; i++) out.write(line); // about 54 MB
        }
        Run huge = run("check", big.toString(), "--db", db.toString());
        assertThat(huge.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(huge.err.strip()).doesNotContain("\n").contains("larger than the limit");
        Files.delete(big);
    }

    @Test
    void aBatchReportsBadLinesByNumberAndChecksTheRest() throws IOException {
        Path batch = Files.writeString(dir.resolve("b.jsonl"), String.join("\n",
                "{\"id\": \"x\", \"text\": \"The United States recognized Israel on May 14, 1948.\"}",
                "{broken",
                "{\"id\": \"y\", \"text\": \"Nothing to see.\"}"));
        Run r = run("check", "--batch", batch.toString(), "--db", db.toString());
        assertThat(r.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err).contains("line 2: invalid JSON");
        assertThat(r.out.lines().toList()).hasSize(2);
        assertThat(r.out).contains("\"id\":\"x\"", "\"verdict\":\"supported\"", "{\"id\":\"y\",\"claims\":[]}");
    }

    @Test
    void evalPrintsTheScoresOfScoringMd() {
        Run r = run("eval", SharedData.dir().resolveSibling("eval/claims-dev.jsonl").toString(), "--db", db.toString());
        assertThat(r.out).contains("recall", "precision", "verdict accuracy", "false supported  0");
    }

    @Test
    void evalOfLabelledRdcrEntriesScoresTheImportersKindsAndDates() {
        Run r = run("eval", SharedData.dir().resolveSibling("eval/rdcr-kinds-dev.jsonl").toString(), "--from", SharedData.dir().toString());
        assertThat(r.code).isZero();
        assertThat(r.out).contains("entries 120", "kind accuracy", "date exact", "negated entries 2, imported as the event they deny 0");
    }

    @Test
    void searchFindsEventsByWords() {
        Run r = run("search", "recognized", "Estonia", "--db", db.toString());
        assertThat(r.out).contains("United States Recognition of Estonia");
        String first = run("search", "recognized", "--limit", "500", "--db", db.toString()).out.lines().findFirst().orElse("");
        assertThat(first).matches("\\d+ events match 'recognized'");
        int all = Integer.parseInt(first.split(" ")[0]);
        assertThat(all).isGreaterThan(10);
        assertThat(run("search", "recognized", "--limit", "10", "--db", db.toString()).out)
                .startsWith("first 10 of " + all + " events matching 'recognized'");
    }

    @Test
    void checkingAnArchiveSaysWhatEachTimeCovers() {
        Run r = run("check", "--archive", SharedData.dir().resolve("twitter").toString(), "--db", db.toString());
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).containsPattern("throughput: \\d+ posts/s \\(checking \\d+ posts took [0-9.]+ s")
                .containsPattern("time: opening the store [0-9.]+ s, reading the archive [0-9.]+ s, checking [0-9.]+ s");
    }

    @Test
    void searchFindsAPersonByFullNameReversedNameCyrillicAndTypo() throws Exception {
        for (String name : new String[] {"William Bullitt", "Bullitt, William", "Буллит", "Wiliam Bulitt"}) {
            Run r = run("search", name, "--db", db.toString());
            assertThat(r.code).as(name).isZero();
            assertThat(r.out).as(name).contains("1 person matches '" + name + "'", "William Christian Bullitt (1891–1967)");
        }
        String json = run("search", "Буллит", "--format", "json", "--db", db.toString()).out;
        assertThat(org.chancery.json.Json.mapper().readTree(json).at("/persons/0/id").asText()).isEqualTo("bullitt-william-christian");
    }

    @Test
    void anUnknownTerritoryIsOneLineWithSuggestionsAndExit2() {
        Run r = run("relations", "Rusia", "united-states", "--db", db.toString());
        assertThat(r.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err.strip()).doesNotContain("\n").contains("unknown territory 'Rusia'", "Russia (russia)");
    }

    @Test
    void relationsOfAPairWhoseArticlesDisagreeCountFromTheEarlierDateAndSaySo() {
        Run later = run("relations", "Afghanistan", "Germany", "--on", "1960-01-01", "--db", db.toString());
        assertThat(later.code).as(later.err).isZero();
        assertThat(later.out).contains("on 1960-01-01: diplomatic relations", "since 1922-10-16 (relations-established)",
                "the sources disagree on when relations were established: Foreign relations of Afghanistan gives 1922-10-16, "
                        + "Foreign relations of Germany gives 1954-12-22");
        Run between = run("relations", "Afghanistan", "Germany", "--on", "1930-01-01", "--db", db.toString());
        assertThat(between.out).contains("on 1930-01-01: the sources disagree").doesNotContain("1930-01-01: diplomatic relations");
        Run json = run("relations", "Afghanistan", "Germany", "--on", "1930-01-01", "--format", "json", "--db", db.toString());
        assertThat(json.out).contains("\"state\" : \"sources-disagree\"", "\"disagreement\" : {", "\"date\" : \"1954-12-22\"");
        Run year = run("relations", "Afghanistan", "Germany", "--on", "1954", "--db", db.toString());
        assertThat(year.out).contains("during 1954: the sources disagree", "1954-12-22: diplomatic relations by every source's date");
    }

    @Test
    void relationsDuringAYearOrAMonthGiveTheStateAtItsStartAndEachChange() {
        Run year = run("relations", "United States", "USSR", "--on", "1933", "--db", db.toString());
        assertThat(year.code).as(year.err).isZero();
        assertThat(year.out).contains("during 1933: relations severed or interrupted on 1933-01-01",
                "1933-11-16: diplomatic relations (relations-resumed)");
        Run month = run("relations", "United States", "USSR", "--on", "1950-06", "--format", "json", "--db", db.toString());
        assertThat(month.out).contains("\"during\" : \"1950-06\"", "\"changes\" : [ ]", "\"state\" : \"diplomatic-relations\"");
        Run envoys = run("envoys", "russia", "--on", "1933", "--db", db.toString());
        assertThat(envoys.out).contains("in post during 1933: 1", "William Christian Bullitt");
    }

    @Test
    void everyDateOptionSaysOneThingToAnyValueItCannotTake() {
        for (String bad : new String[] {"16.11.1933", "11/1933", "yesterday"}) {
            Run r = run("relations", "russia", "united-states", "--on", bad, "--db", db.toString());
            assertThat(r.code).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(r.err.strip()).isEqualTo("chancery: invalid --on '" + bad + "': " + org.chancery.date.PartialDate.EXPECTED);
        }
        for (String notADay : new String[] {"1933", "1933-11", "16.11.1933"}) {
            Run r = run("post", "--date", notADay, "--db", db.toString());
            assertThat(r.code).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(r.err.strip()).isEqualTo("chancery: invalid --date '" + notADay + "': " + org.chancery.date.PartialDate.EXPECTED_DAY);
        }
    }

    @Test
    void anImpossibleDateIsOneLineAndExit2() {
        Run r = run("relations", "russia", "united-states", "--on", "1933-02-30", "--db", db.toString());
        assertThat(r.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err.strip()).doesNotContain("\n").contains("'1933-02-30'");
    }

    @Test
    void aQuestionToAStoreThatDoesNotExistSaysHowToFillItAndCreatesNothing() {
        Path missing = dir.resolve("missing.db");
        Run r = run("timeline", "russia", "united-states", "--db", missing.toString());
        assertThat(r.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err).contains("chancery import");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aMissingFromFolderIsOneLineAndExit2() {
        Run r = run("import", "--from", dir.resolve("nowhere").toString(), "--db", dir.resolve("x.db").toString());
        assertThat(r.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err.strip()).doesNotContain("\n").contains("nowhere", "no such folder");
    }

    @Test
    void aBadSourceFileLeavesTheStoreExactlyAsItWas() throws IOException {
        Path src = copyOfSmallSource("malformed");
        Files.writeString(src.resolve("rdcr/articles/atlantis.xml"), "<TEI><text><body><div type=\"timeline\"></body></TEI>");
        assertBadImportLeavesStoreUnchanged(src, "atlantis.xml", "malformed XML");
    }

    /** The person files are resolved last, after every other source: a bad one still leaves the store as it was. */
    @Test
    void aBadPersonFileResolvedAfterTheOtherSourcesLeavesTheStoreExactlyAsItWas() throws IOException {
        Path src = copyOfSmallSource("late-failure");
        Files.createDirectories(src.resolve("people/data/a"));
        Files.writeString(src.resolve("people/data/a/atlantean.xml"),
                "<person><id>atlantean</id><remark><p>Ambassador of Atlantis to the United States, 1901</p></remark>");
        assertBadImportLeavesStoreUnchanged(src, "atlantean.xml");
    }

    @Test
    void anExternalEntityInASourceFileIsRefusedAndTheStoreKept() throws IOException {
        Path src = copyOfSmallSource("xxe");
        Files.writeString(src.resolve("rdcr/articles/atlantis.xml"),
                "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><TEI>&x;</TEI>");
        assertBadImportLeavesStoreUnchanged(src, "atlantis.xml", "DOCTYPE is not allowed");
    }

    private void assertBadImportLeavesStoreUnchanged(Path src, String... messageParts) {
        String before = run("stats", "--db", db.toString(), "--format", "json").out;
        Run r = run("import", "--from", src.toString(), "--db", db.toString());
        assertThat(r.code).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(r.err.strip()).doesNotContain("\n").contains(messageParts);
        assertThat(run("stats", "--db", db.toString(), "--format", "json").out).isEqualTo(before);
    }

    /** A source folder with the real rdcr russia article and pocom russia missions, people linked from the real data. */
    private static Path copyOfSmallSource(String name) throws IOException {
        Path src = dir.resolve("src-" + name);
        Path data = SharedData.dir();
        Files.createDirectories(src.resolve("rdcr/articles"));
        Files.createDirectories(src.resolve("pocom/missions-countries"));
        Files.createDirectories(src.resolve("pocom/people"));
        Files.copy(data.resolve("rdcr/articles/russia.xml"), src.resolve("rdcr/articles/russia.xml"));
        Files.copy(data.resolve("pocom/missions-countries/russia.xml"), src.resolve("pocom/missions-countries/russia.xml"));
        return src;
    }

    @Test
    void missionsNamesTheInterestsSectionInHavanaIn1990AndListsThePeriods() {
        Run r = run("missions", "cuba", "--on", "1990-01-01", "--db", db.toString());
        assertThat(r.code).isZero();
        assertThat(r.out).contains("interests section, protecting power: Swiss", "relations severed", "Principal Officer");
        Run periods = run("missions", "cuba", "--db", db.toString());
        assertThat(periods.code).isZero();
        assertThat(periods.out).contains("1977-09-01 – 2015-07-19  interests section", "2015-07-20");
        assertThat(run("missions", "atlantis", "--db", db.toString()).code).isEqualTo(2);
    }
}
