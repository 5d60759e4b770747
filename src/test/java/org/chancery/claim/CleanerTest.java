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
}
