package org.chancery.anniversary;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.LocalDate;
import java.util.List;
import org.chancery.SharedData;
import org.chancery.date.Precision;
import org.chancery.event.Event;
import org.chancery.store.RecordStore;
import org.chancery.territory.Gazetteer;
import org.chancery.territory.TerritoryId;
import org.junit.jupiter.api.Test;

/** Anniversaries, the feed and posts on the real record. */
class AnniversariesIT {
    private final RecordStore store = new org.chancery.store.CachedStore(SharedData.store());
    private final Gazetteer gazetteer = new Gazetteer(store.territories());

    private Calendar calendar(String from, String to) {
        return AnniversaryCalendar.between(store.allEvents(), new Window(LocalDate.parse(from), LocalDate.parse(to)),
                AnniversaryRule.everyFiveYears());
    }

    @Test
    void lists90thAnniversaryOfResumedRelationsWithTheSovietUnionOn16November2023() {
        assertThat(calendar("2023-11-01", "2023-11-30").days()).anySatisfy(a -> {
            assertThat(a.on().toString()).isEqualTo("2023-11-16");
            assertThat(a.years()).isEqualTo(90);
            assertThat(a.event().parties()).containsExactly(new TerritoryId("russia"), TerritoryId.UNITED_STATES);
            assertThat(a.event().title()).isEqualTo("Normal Diplomatic Relations Resumed, 1933");
        });
    }

    @Test
    void the100thAnniversaryOfTheRecognitionOfEstoniaFallsOn28July2022() {
        assertThat(calendar("2022-07-01", "2022-07-31").days()).anySatisfy(a -> {
            assertThat(a.on().toString()).isEqualTo("2022-07-28");
            assertThat(a.label()).isEqualTo("100th anniversary");
            assertThat(a.event().title()).isEqualTo("United States Recognition of Estonia, 1922");
        });
    }

    @Test
    void noEventOfYearOrMonthPrecisionAppearsOnADay() {
        Calendar c = calendar("2023-01-01", "2023-12-31");
        assertThat(c.years()).isNotEmpty();
        assertThat(c.days()).allSatisfy(a -> assertThat(a.event().date().precision()).isEqualTo(Precision.DAY));
        assertThat(c.years()).allSatisfy(a -> assertThat(a.event().date().precision()).isEqualTo(Precision.YEAR));
    }

    @Test
    void theIcsFeedParsesWithTheEventsFieldsAndStableUids() {
        Calendar c = calendar("2023-11-01", "2023-11-30");
        String first = IcsFeed.write(c, gazetteer);
        String second = IcsFeed.write(calendar("2023-11-01", "2023-11-30"), gazetteer);
        assertThat(second).isEqualTo(first);
        assertThat(IcsFeed.validate(first)).isEmpty();
        List<ICalendar> parsed = Biweekly.parse(first).all();
        assertThat(parsed).hasSize(1);
        List<VEvent> events = parsed.get(0).getEvents();
        assertThat(events).hasSize(c.days().size());
        VEvent ussr = events.stream().filter(e -> e.getUid().getValue().equals("rdcr:russia:8-90@chancery")).findFirst().orElseThrow();
        assertThat(ussr.getDateStart().getValue().hasTime()).isFalse();
        assertThat(ussr.getSummary().getValue()).startsWith("90th anniversary: Normal Diplomatic Relations Resumed, 1933");
        assertThat(ussr.getDescription().getValue()).contains("Normal diplomatic relations were resumed on November 16, 1933",
                "https://history.state.gov/countries/russia");
        assertThat(ussr.getUrl().getValue()).isEqualTo("https://history.state.gov/countries/russia");
        assertThat(first).contains("DTSTART;VALUE=DATE:20231116");
        assertThat(events).extracting(e -> e.getUid().getValue()).doesNotHaveDuplicates();
    }

    /** "6 February 1864", as Wikipedia's tables write a date that a post quotes. */
    private static String dayMonthYear(org.chancery.date.PartialDate d) {
        String pattern = switch (d.precision()) {
            case DAY -> "d MMMM yyyy";
            case MONTH -> "MMMM yyyy";
            case YEAR -> "yyyy";
        };
        return d.start().format(java.time.format.DateTimeFormatter.ofPattern(pattern, java.util.Locale.ENGLISH));
    }

    @Test
    void everyFactualSentenceOfAPostCitesARecordThatStatesItsDates() {
        PostWriter writer = new PostWriter(store, gazetteer);
        for (String lang : List.of("en", "ru")) {
            for (String day : List.of("2023-11-16", "2022-07-28", "2024-05-14", "2019-02-06", "2023-12-13")) {
                Post post = writer.write(LocalDate.parse(day), null, lang, List.of("OTD"));
                assertThat(post.sentences()).as(day).isNotEmpty();
                for (Post.Sentence s : post.sentences()) {
                    if (!s.factual()) continue;
                    assertThat(s.sources()).as(s.text()).isNotEmpty();
                    // the sentence states a date that a cited record holds, written in the post's language or quoted
                    for (int n : s.sources()) {
                        var citation = post.sources().get(n - 1);
                        List<String> dates = store.allEvents().stream().filter(e -> e.citations().contains(citation))
                                .flatMap(e -> java.util.stream.Stream.of(Phrases.of(lang).on(e.date()), Phrases.EN.on(e.date()),
                                        dayMonthYear(e.date())))
                                .map(w -> w.replaceFirst("^(on|in|в) ", "")).toList();
                        assertThat(dates).as(s.text()).isNotEmpty().anySatisfy(d -> assertThat(s.text()).contains(d));
                    }
                }
            }
        }
    }

    @Test
    void thePostFor16November2023NamesTheSovietUnionAndFollowsTheRecordsWording() {
        PostWriter writer = new PostWriter(store, gazetteer);
        String en = writer.write(LocalDate.parse("2023-11-16"), new TerritoryId("russia"), "en", List.of()).render();
        assertThat(en).startsWith("90 years ago, on November 16, 1933, the United States and the Soviet Union resumed normal diplomatic relations.")
                .doesNotContain("established diplomatic relations")
                // the record dates the interruption to 1917 only: November 7, 1917 is the Bolshevik Revolution's date (rdcr-kinds-dev rk-067)
                .contains("Before that, in 1917, diplomatic relations between the United States and Russia were interrupted.")
                .contains("On December 13, 1933, William Christian Bullitt presented credentials")
                .contains("Sources:", "https://history.state.gov/countries/russia");
        String ru = writer.write(LocalDate.parse("2023-11-16"), new TerritoryId("russia"), "ru", List.of()).render();
        assertThat(ru).startsWith("90 лет назад, 16 ноября 1933 года, США и Советский Союз возобновили");
        String ru1992 = writer.write(LocalDate.parse("2021-12-31"), new TerritoryId("russia"), "ru", List.of()).render();
        assertThat(ru1992).contains("США и Россия установили дипломатические отношения");
    }

    @Test
    void aRussianPostIsRussianWithNamesDeclinedAndTheSourcesEnglishMarkedAsSuch() {
        Post post = new PostWriter(store, gazetteer).write(LocalDate.parse("2023-11-16"), new TerritoryId("russia"), "ru", List.of());
        String text = String.join(" ", post.sentences().stream().map(Post.Sentence::text).toList());
        assertThat(text).contains("дипломатические отношения между США и Россией были прерваны",
                "Уильям Кристиан Буллит вручил верительные грамоты в качестве чрезвычайного и полномочного посла США в Советском Союзе",
                "Слова источника об отношениях США и Советского Союза (по-английски): «Normal diplomatic relations");
        // Latin letters only inside the source's words, each marked as English
        for (Post.Sentence s : post.sentences()) {
            String outsideQuotes = s.text().replaceAll("«[^»]*»", "");
            assertThat(outsideQuotes).as(s.text()).doesNotContainPattern("[A-Za-z]");
            if (s.text().contains("«")) assertThat(s.text()).contains("(по-английски)");
        }
    }

    @Test
    void everyTerritoryOfTheRecordHasItsRussianNameInEveryCase() {
        List<String> missing = store.territories().stream()
                .filter(t -> RussianWords.DATA.territory(t.id(), LocalDate.parse("1950-01-01")).isEmpty()
                        && RussianWords.DATA.territory(t.id(), LocalDate.parse("1850-01-01")).isEmpty())
                .map(t -> t.id().value()).toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void everySentenceOfAPostNamesItsParties() {
        PostWriter writer = new PostWriter(store, gazetteer);
        List<String> englishNames = store.territories().stream()
                .flatMap(t -> java.util.stream.Stream.of(t.shortNameOn(LocalDate.parse("1800-01-01"), "en"),
                        t.shortNameOn(LocalDate.parse("1950-01-01"), "en"), t.shortNameOn(LocalDate.parse("2000-01-01"), "en")))
                .distinct().toList();
        int sentences = 0;
        for (LocalDate day = LocalDate.parse("2023-11-01"); day.isBefore(LocalDate.parse("2023-12-01")); day = day.plusDays(1)) {
            for (Post.Sentence s : writer.write(day, null, "en", List.of()).sentences()) {
                if (!s.factual()) continue;
                sentences++;
                String outsideQuotes = s.text().replaceAll("“[^”]*”", "");
                long named = englishNames.stream().filter(outsideQuotes::contains).count();
                assertThat(named).as(s.text()).isGreaterThanOrEqualTo(2);
            }
        }
        assertThat(sentences).isGreaterThan(50);
    }

    @Test
    void aShortPostFitsItsLimitAndAThreadHoldsTheWholePostInPartsThatFit() {
        PostWriter writer = new PostWriter(store, gazetteer);
        for (String lang : List.of("en", "ru")) {
            Post post = writer.write(LocalDate.parse("2023-11-16"), new TerritoryId("russia"), lang, List.of("#HistoryOfDiplomacy"));
            String one = ShortPosts.fit(post, 280);
            assertThat(ShortPosts.length(one)).isLessThanOrEqualTo(280);
            assertThat(one).startsWith(post.sentences().get(0).text()).contains("[1] https://history.state.gov/countries/russia");
            List<String> parts = ShortPosts.thread(post, 280);
            assertThat(parts).hasSizeGreaterThan(2).allSatisfy(p -> assertThat(ShortPosts.length(p)).isLessThanOrEqualTo(280));
            for (int i = 0; i < parts.size(); i++) assertThat(parts.get(i)).startsWith((i + 1) + "/" + parts.size() + " ");
            String joined = String.join(" ", parts).replaceAll("\\d+/\\d+ ", "").replace("… ", " ").replace("\n", " ");
            for (Post.Sentence s : post.sentences()) assertThat(joined).contains(s.text().substring(s.text().length() - 20));
        }
    }

    @Test
    void aDayWithoutEventsSaysSoAndOffersTheNearest() {
        Post post = new PostWriter(store, gazetteer).write(LocalDate.parse("2023-11-17"), new TerritoryId("estonia"), "en", List.of());
        assertThat(post.sentences()).singleElement().satisfies(s -> assertThat(s.factual()).isFalse());
        assertThat(post.nearest()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    }
}
