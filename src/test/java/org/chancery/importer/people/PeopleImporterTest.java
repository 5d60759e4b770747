package org.chancery.importer.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.chancery.territory.TerritoryId;
import org.junit.jupiter.api.Test;

class PeopleImporterTest {
    private static final TerritoryId RURITANIA = new TerritoryId("ruritania");

    @Test
    void aPersonFileWithoutAnIdIsAFindingNotACrash() {
        var read = PeopleImporter.read("data/x.xml",
                "<person><remarks><remark><p>Ruritanian Ambassador to the United States</p></remark></remarks></person>",
                name -> Optional.of(RURITANIA));
        assertThat(read.envoys()).isEmpty();
        assertThat(read.findings()).singleElement().satisfies(f -> assertThat(f.message()).contains("without an id"));
    }

    @Test
    void readsTheEnvoyARemarkStatesAndCitesTheFile() {
        var read = PeopleImporter.read("data/x.xml", """
                <person><id>900001</id><names><preferred><name>Ivanov, Ivan</name></preferred></names>
                <remarks><remark><p>Soviet Ambassador to the United States from March 1962</p>
                <source-url>https://history.state.gov/x</source-url></remark></remarks></person>""",
                name -> Optional.of(RURITANIA));
        assertThat(read.envoys()).singleElement().satisfies(e -> {
            assertThat(e.citation().file()).isEqualTo("data/x.xml");
            assertThat(e.sender()).isEqualTo(new TerritoryId("russia"));
            assertThat(e.from()).hasToString("1962-03");
        });
    }

    /** What {@link PeopleImporter#mayStateAnEnvoy} tells without a pattern, said as one. */
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?:Ambassador|Minister|Charg)[^<;]{0,160}?(?:United States|U\\.\\s?S\\.|Washington|USA)");

    @Test
    void aFileIsWorthParsingWhenARankHasTheUnitedStatesWithin160CharactersOfTheSameRemark() {
        String gap = "x".repeat(150);
        assertThat(PeopleImporter.mayStateAnEnvoy("<p>Ruritanian Ambassador to the United States</p>")).isTrue();
        assertThat(PeopleImporter.mayStateAnEnvoy("<p>Chargé d'Affaires in Washington</p>")).isTrue();
        assertThat(PeopleImporter.mayStateAnEnvoy("<p>Minister to the U. S.</p>")).isTrue();
        assertThat(PeopleImporter.mayStateAnEnvoy("<p>Minister" + gap + "x".repeat(10) + "USA</p>")).isTrue();
        assertThat(PeopleImporter.mayStateAnEnvoy("<p>Minister" + gap + "x".repeat(11) + "USA</p>")).isFalse();
        assertThat(PeopleImporter.mayStateAnEnvoy("<p>Minister of Finance</p><p>born in the United States</p>")).isFalse();
        assertThat(PeopleImporter.mayStateAnEnvoy("<p>Ambassador to France; later lived in Washington</p>")).isFalse();
        assertThat(PeopleImporter.mayStateAnEnvoy("<p>Minister to the U.  S.</p>")).isFalse();
    }

    @Test
    void tellsWorthParsingFilesAsThePatternThatSaysTheRuleDoes() {
        List<String> parts = List.of("Ambassador", "Minister", "Charg", "United States", "U.S.", "U. S.", "U.\tS.", "U.  S.", "U.",
                "S.", "Washington", "USA", "US", "<", ";", " ", "\n", "é", "x".repeat(40), "y".repeat(100), "Unite", "Wash");
        Random random = new Random(14);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) text.append(parts.get(random.nextInt(parts.size())));
            String t = text.toString();
            assertThat(PeopleImporter.mayStateAnEnvoy(t)).as(t).isEqualTo(CANDIDATE.matcher(t).find());
        }
    }

    @Test
    void aFileWhoseTextIsWorthParsingIsWorthParsingAsBytes() {
        List<String> parts = List.of("Ambassador", "Minister", "Charg", "United States", "U.S.", "U. S.", "USA", "Washington", "<", ";", " ",
                "é", "Ж", "\u20ac", "\uD83C\uDDFA\uD83C\uDDF8", "x".repeat(40), "y".repeat(100));
        List<byte[]> broken = List.of(new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0x80, (byte) 0xBF},
                new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x87});
        Random random = new Random(15);
        int worth = 0;
        for (int i = 0; i < 20_000; i++) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            for (int n = random.nextInt(12); n > 0; n--) {
                bytes.writeBytes(random.nextInt(6) == 0 ? broken.get(random.nextInt(broken.size()))
                        : parts.get(random.nextInt(parts.size())).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            byte[] b = bytes.toByteArray();
            String text = new String(b, java.nio.charset.StandardCharsets.UTF_8);
            if (!PeopleImporter.mayStateAnEnvoy(text)) continue;
            worth++;
            assertThat(PeopleImporter.mayStateAnEnvoy(b)).as(text).isTrue();
        }
        assertThat(worth).isGreaterThan(1_000);
        assertThat(PeopleImporter.mayStateAnEnvoy("<p>Minister of Finance</p><p>born in the United States</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isFalse();
    }
}
