package org.chancery.importer.wikipedia;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WikiTablesTest {
    private static List<TableRow> rows() throws Exception {
        return WikiTables.rows("Foreign relations of X", Files.readString(Path.of("src/test/resources/wikipedia/two-styles.txt")));
    }

    @Test
    void readsFlagAndDtsRowsOfBothTemplateStyles() throws Exception {
        assertThat(rows()).extracting(TableRow::country)
                .containsExactly("United Kingdom", "Holy See", "Russia", "Narnia", "France", "Russia", "Japan");
        assertThat(rows()).extracting(r -> WikiDates.text(r.dateCell()))
                .containsExactly("1396", "1500s", "November 1615", "Unknown", "1396", "24 August 1553", "1992-05-21");
    }

    @Test
    void leavesOutTablesOfCountriesWithoutRelations() throws Exception {
        assertThat(rows()).noneMatch(r -> r.country().equals("Atlantis"));
    }

    @Test
    void givesEachRowItsLineInTheArticle() throws Exception {
        assertThat(rows().get(0).line()).isEqualTo(8);
    }

    @Test
    void removesReferencesAndCommentsAsTheirPatternsReplacedEverywhereWould() {
        Pattern ref = Pattern.compile("<ref[^>/]*/>|<ref[^>]*>.*?</ref>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
        Pattern comment = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
        List<String> parts = List.of("<ref", "<REF", "<Ref name=\"a\"", ">", "/>", "/", "</ref>", "</Ref>", "</REF>", "</re", "f>", "<!--",
                "-->", "--", "<", "<br/>", "{{flag|France}}", "||", "\n", " x ", "é", "<references/>", "<refer", "</");
        Random random = new Random(14);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(14); n > 0; n--) text.append(parts.get(random.nextInt(parts.size())));
            String t = text.toString();
            assertThat(WikiMarkup.withoutRefs(t)).as(t).isEqualTo(ref.matcher(t).replaceAll(""));
            assertThat(WikiMarkup.withoutComments(t)).as(t).isEqualTo(comment.matcher(t).replaceAll(""));
        }
    }
}
