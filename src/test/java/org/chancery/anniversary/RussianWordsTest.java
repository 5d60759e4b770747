package org.chancery.anniversary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.chancery.anniversary.RussianWords.Case;
import org.chancery.territory.TerritoryId;
import org.junit.jupiter.api.Test;

class RussianWordsTest {
    static final RussianWords RU = RussianWords.DATA;

    static String name(String id, String on, Case c) {
        return RU.territory(new TerritoryId(id), LocalDate.parse(on)).orElseThrow().in(c);
    }

    @Test
    void namesTerritoriesAsTheyWereInTheCaseTheSentenceNeeds() {
        assertThat(name("russia", "1917-11-07", Case.INS)).isEqualTo("Россией");
        assertThat(name("russia", "1933-11-16", Case.LOC)).isEqualTo("в Советском Союзе");
        assertThat(name("russia", "1933-11-16", Case.GEN)).isEqualTo("Советского Союза");
        assertThat(name("russia", "1992-01-01", Case.NOM)).isEqualTo("Россия");
        assertThat(name("cuba", "1950-01-01", Case.LOC)).isEqualTo("на Кубе");
        assertThat(name("france", "1950-01-01", Case.LOC)).isEqualTo("во Франции");
        assertThat(name("holy-see", "1990-01-01", Case.LOC)).isEqualTo("при Святом Престоле");
        assertThat(name("iran", "1900-01-01", Case.NOM)).isEqualTo("Персия");
        assertThat(name("united-states", "1900-01-01", Case.INS)).isEqualTo("США");
    }

    @Test
    void titlesOfChiefsInTheirCases() {
        RussianWords.Forms ambassador = RU.rank("Ambassador Extraordinary and Plenipotentiary").orElseThrow();
        assertThat(ambassador.in(Case.GEN)).isEqualTo("чрезвычайного и полномочного посла");
        assertThat(ambassador.in(Case.INS)).isEqualTo("чрезвычайным и полномочным послом");
        assertThat(RU.rank("Grand Vizier")).isEmpty();
    }

    @Test
    void personsInTheCyrillicPostsUseWithTheGenderOfTheGivenName() {
        assertThat(RU.person("William Christian Bullitt")).isEqualTo(new RussianWords.PersonName("Уильям Кристиан Буллит", false));
        assertThat(RU.person("Clare Boothe Luce").feminine()).isTrue();
        assertThat(RU.person("George T. Marye").text()).startsWith("Джордж Т. ");
    }

    @Test
    void transcriptionOfNamesOutsideTheTableMatchesMostOfALabelledSample() throws IOException {
        List<String[]> sample;
        try (var in = getClass().getResourceAsStream("ru-transcription-sample.tsv")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split("\t")).toList();
        }
        long exact = sample.stream().filter(f -> RU.transcribe(f[0]).equals(f[1])).count();
        double accuracy = (double) exact / sample.size();
        System.out.printf("ru transcription: %d of %d exact (%.2f)%n", exact, sample.size(), accuracy);
        sample.stream().filter(f -> !RU.transcribe(f[0]).equals(f[1]))
                .forEach(f -> System.out.printf("  %s -> %s (expected %s)%n", f[0], RU.transcribe(f[0]), f[1]));
        assertThat(accuracy).isGreaterThanOrEqualTo(0.45);
    }
}
