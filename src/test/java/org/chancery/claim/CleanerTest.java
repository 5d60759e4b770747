package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

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
}
