package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CleanerTest {

    @Test
    void setsAsideHashtagsUrlsSourceLinesAndPageBoilerplateKeepingOffsets() {
        String post = "#OTD 90 years ago relations began. See https://example.org/x Source: Some Channel\nShow more\nClose menu";
        Cleaner.Cleaned c = Cleaner.clean(post);
        assertThat(c.text()).hasSameSizeAs(post);
        assertThat(c.text()).doesNotContain("#OTD", "https://", "Some Channel", "Show more", "Close menu");
        assertThat(c.text().indexOf("relations")).isEqualTo(post.indexOf("relations"));
        assertThat(c.metadata()).extracting(Metadata::kind).contains("hashtag", "url", "source", "boilerplate");
    }

    @Test
    void keepsShortLinesThatAreSentences() {
        String post = "First line.\nRelations resumed in 1933.";
        assertThat(Cleaner.clean(post).text()).contains("Relations resumed in 1933.");
    }

    @Test
    void recognisesRussianAndViaSourceLines() {
        assertThat(Cleaner.clean("Text here. Источник: Канал").metadata()).extracting(Metadata::kind).containsExactly("source");
        assertThat(Cleaner.clean("Text here.\nvia @someone").metadata()).extracting(Metadata::kind).contains("source");
    }

    @Test
    void readsALineIndentedAfterAnUnfinishedSentenceAsTheSentenceGoingOn() {
        String laidOut = "1st U.S. #AfricanAmerican Amb (Edward\n        Dudley) assigned to Liberia";
        Cleaner.Cleaned c = Cleaner.clean(laidOut);
        assertThat(c.text()).hasSameSizeAs(laidOut).doesNotContain("\n");
        assertThat(c.text().indexOf("Dudley")).isEqualTo(laidOut.indexOf("Dudley"));
        // the wrapped rest of a sentence is no boilerplate line of its own
        assertThat(Cleaner.clean("Amb Page to Washington on how the situation has become so\n        imperative in Italy").metadata()).isEmpty();
    }

    @Test
    void keepsALineBreakAfterASentenceOrALabelAndALineAtTheMargin() {
        assertThat(Cleaner.clean("Relations resumed in 1933.\n    Embassy opened in 1934.").text()).contains("\n");
        assertThat(Cleaner.clean("Milestones:\n  1933 relations resumed").text()).contains("\n");
        assertThat(Cleaner.clean("recognized Estonia\nLatvia and Lithuania in 1922").text()).contains("\n");
        assertThat(Cleaner.clean("Relations resumed in 1933\n\n    Embassy opened").text()).contains("\n\n");
    }

    /**
     * The cleaner tries its patterns only where a match can start and reads lines by hand, so that
     * a long text is cleaned in one pass; it must set aside exactly what trying every position
     * did ({@link CleanerReference}), on texts made of the pieces those patterns look at.
     */
    @Test
    void cleansAsTryingEveryPositionDoes() {
        List<String> pieces = List.of("Source: Channel", "source:", "Sources — AP", "SOURCE -", "Источник: ТАСС", "источники:", "via @someone",
                "via", "Via AP", "credit: x", "Credits:", "photo:", "Фото: РИА", "resource: y", "outsource: z", "sΟurce", "ſource: long s",
                "#OTD", "a#b", "&#39;", "#Россия", "@StateDept", "x@y.org", "@", "#", "https://t.co/x", "http://a.b", "www.state.gov",
                "xhttps://no", "1933", "in 1933.", "Relations resumed", "recognized Estonia", "Show more", "Close menu", " ", "  ", "\t",
                "\n", "\n", "\n    ", "\r\n", ".", "!", "?", ":", ";", "»", "”", "\"", "'", ")", "\u0085", "\u2028", "\u00a0", "é", "Ǆ");
        Random random = new Random(20261125);
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(pieces.get(random.nextInt(pieces.size())));
                if (random.nextInt(3) > 0) text.append(' ');
            }
            String t = text.toString();
            assertThat(Cleaner.clean(t)).as("cleaning %s", t).isEqualTo(CleanerReference.clean(t));
        }
    }
}
