package org.chancery.anniversary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.chancery.SharedData;
import org.chancery.store.CachedStore;
import org.chancery.store.RecordStore;
import org.chancery.territory.Gazetteer;
import org.chancery.territory.TerritoryId;
import org.junit.jupiter.api.Test;

/** Anniversaries and posts of any party, beyond the U.S. side, on the real record. */
class PairAnniversariesIT {
    private static final TerritoryId RUSSIA = new TerritoryId("russia");
    private final RecordStore store = new CachedStore(SharedData.store());

    @Test
    void russiasAnniversariesIn2024IncludePairsWithoutTheUnitedStates() {
        Calendar cal = AnniversaryCalendar.between(store.allEvents(), new Window(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                new AnniversaryRule(5, AnniversaryRule.everyFiveYears().kinds(), RUSSIA));
        assertThat(cal.days()).anySatisfy(a -> {
            assertThat(a.event().parties()).containsExactly(new TerritoryId("china"), RUSSIA);
            assertThat(a.on().toString()).isEqualTo("2024-10-02");
            assertThat(a.years()).isEqualTo(75);
        });
        assertThat(cal.days().stream().filter(a -> !a.event().involves(TerritoryId.UNITED_STATES)).count()).isGreaterThan(10);
        // a U.S. pair is remembered from the Historian's record, not twice
        assertThat(cal.days()).noneMatch(a -> a.event().involves(TerritoryId.UNITED_STATES)
                && a.event().citation().dataset().equals("wikipedia"));
    }

    @Test
    void theRussianPostForChinaAndTheSovietUnionCitesBothArticlesWithTheirCredit() {
        Post p = new PostWriter(store, new Gazetteer(store.territories())).write(LocalDate.of(2024, 10, 2), RUSSIA, "ru", List.of());
        String text = p.render();
        assertThat(text).startsWith("75 лет назад, 2 октября 1949 года, Китай и Советский Союз установили дипломатические отношения. [1][2]");
        assertThat(text).contains("Wikipedia contributors, CC BY-SA 4.0, https://en.wikipedia.org/wiki/Foreign_relations_of_China")
                .contains("https://en.wikipedia.org/wiki/Foreign_relations_of_Russia");
    }

    private static final TerritoryId AFGHANISTAN = new TerritoryId("afghanistan");
    private static final TerritoryId GERMANY = new TerritoryId("germany");

    private Calendar germanyFrom2022To2024() {
        return AnniversaryCalendar.between(store.allEvents(), new Window(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31)),
                new AnniversaryRule(5, AnniversaryRule.everyFiveYears().kinds(), GERMANY));
    }

    @Test
    void eachArticlesDateOfAfghanistanAndGermanyKeepsItsAnniversaryAndNamesTheOtherArticlesDate() {
        List<Anniversary> pair = germanyFrom2022To2024().days().stream().filter(a -> a.event().involves(AFGHANISTAN)).toList();
        assertThat(pair).extracting(a -> a.on().toString(), Anniversary::years).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2022-10-16", 100), org.assertj.core.groups.Tuple.tuple("2024-12-22", 70));
        assertThat(pair.get(0).labelNoting()).isEqualTo("100th anniversary (date disputed)");
        assertThat(pair.get(0).disagreement().besides(pair.get(0).event().date())).singleElement().satisfies(o -> {
            assertThat(o.date().toString()).isEqualTo("1954-12-22");
            assertThat(o.url()).isEqualTo("https://en.wikipedia.org/wiki/Foreign_relations_of_Germany");
        });
        assertThat(pair.get(1).disagreement().besides(pair.get(1).event().date())).singleElement().satisfies(o -> {
            assertThat(o.date().toString()).isEqualTo("1922-10-16");
            assertThat(o.url()).isEqualTo("https://en.wikipedia.org/wiki/Foreign_relations_of_Afghanistan");
        });
    }

    @Test
    void aPairWhoseArticlesAgreeAndTheUsPairsOfTheRecordCarryNoDisagreement() {
        Calendar russia = AnniversaryCalendar.between(store.allEvents(), new Window(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                new AnniversaryRule(5, AnniversaryRule.everyFiveYears().kinds(), RUSSIA));
        assertThat(russia.days()).filteredOn(a -> a.event().involves(new TerritoryId("china"))).isNotEmpty()
                .allSatisfy(a -> assertThat(a.disagreement()).isNull());
        Calendar all = AnniversaryCalendar.between(store.allEvents(), new Window(LocalDate.of(2024, 1, 1), LocalDate.of(2033, 12, 31)),
                AnniversaryRule.everyFiveYears());
        assertThat(all.days()).filteredOn(a -> a.event().involves(TerritoryId.UNITED_STATES)).isNotEmpty()
                .allSatisfy(a -> assertThat(a.disagreement()).isNull());
        assertThat(all.days()).filteredOn(a -> a.disagreement() != null).isNotEmpty()
                .allSatisfy(a -> assertThat(a.event().citation().dataset()).isEqualTo("wikipedia"));
    }

    @Test
    void theCalendarFeedOfADisputedDateStatesBothDatesAndCreditsBothArticles() {
        String ics = IcsFeed.write(germanyFrom2022To2024(), new Gazetteer(store.territories()));
        assertThat(IcsFeed.validate(ics)).isEmpty();
        String unfolded = ics.replace("\r\n ", "");
        String entry = unfolded.substring(unfolded.indexOf("SUMMARY:70th anniversary (date disputed): Diplomatic Relations Established\\, 1954 (Afghanistan – Germany)"));
        entry = entry.substring(0, entry.indexOf("END:VEVENT"));
        assertThat(entry).contains("Foreign relations of Afghanistan gives 1922-10-16", "Foreign relations of Germany gives 1954-12-22",
                "Source: Foreign relations of Germany#Afghanistan\\, Wikipedia contributors\\, CC BY-SA 4.0",
                "Source: Foreign relations of Afghanistan\\, Wikipedia contributors\\, CC BY-SA 4.0",
                "https://en.wikipedia.org/wiki/Foreign_relations_of_Afghanistan");
    }

    @Test
    void thePostOnTheLaterDateSaysWhoseDateItIsAndCitesTheArticleWithTheEarlierOne() {
        PostWriter writer = new PostWriter(store, new Gazetteer(store.territories()));
        String en = writer.write(LocalDate.of(2024, 12, 22), GERMANY, "en", List.of()).render();
        assertThat(en).startsWith("70 years ago, on December 22, 1954, Afghanistan and Germany established diplomatic relations, "
                        + "according to Wikipedia’s article Foreign relations of Germany. [1]")
                .contains("Wikipedia’s article Foreign relations of Afghanistan dates the establishment of relations between Afghanistan and Germany "
                        + "earlier, on October 16, 1922: "
                        + "the two articles disagree, and relations are counted from the earlier date. [2]")
                .contains("[2] Foreign relations of Afghanistan, row Germany, Wikipedia contributors, CC BY-SA 4.0, "
                        + "https://en.wikipedia.org/wiki/Foreign_relations_of_Afghanistan");
        String ru = writer.write(LocalDate.of(2024, 12, 22), GERMANY, "ru", List.of()).render();
        assertThat(ru).startsWith("70 лет назад, 22 декабря 1954 года, Афганистан и Германия установили дипломатические отношения "
                        + "— по статье Википедии «Foreign relations of Germany». [1]")
                .contains("Статья Википедии «Foreign relations of Afghanistan» относит установление отношений между Афганистаном и Германией "
                        + "к более ранней дате "
                        + "— 16 октября 1922 года: статьи расходятся, и отношения отсчитываются от более ранней даты. [2]")
                .contains("https://en.wikipedia.org/wiki/Foreign_relations_of_Afghanistan");
    }

    @Test
    void thePostOnTheEarlierDateNamesTheLaterOneInBothLanguages() {
        PostWriter writer = new PostWriter(store, new Gazetteer(store.territories()));
        String en = writer.write(LocalDate.of(2022, 10, 16), AFGHANISTAN, "en", List.of()).render();
        assertThat(en).startsWith("100 years ago, on October 16, 1922, Afghanistan and Germany established diplomatic relations, "
                        + "according to Wikipedia’s article Foreign relations of Afghanistan. [1]")
                .contains("Wikipedia’s article Foreign relations of Germany dates the establishment of relations between Afghanistan and Germany "
                        + "later, on December 22, 1954")
                .contains("https://en.wikipedia.org/wiki/Foreign_relations_of_Germany");
        String ru = writer.write(LocalDate.of(2022, 10, 16), AFGHANISTAN, "ru", List.of()).render();
        assertThat(ru).contains("Статья Википедии «Foreign relations of Germany» относит установление отношений между Афганистаном и Германией "
                + "к более поздней дате "
                + "— 22 декабря 1954 года").contains("https://en.wikipedia.org/wiki/Foreign_relations_of_Germany");
    }

    @Test
    void aPostSaysAnAgreedDatePlainlyAndFollowsAnAlsoSentenceOnADisputedDateWithTheOtherDate() {
        List<Post.Sentence> s = new PostWriter(store, new Gazetteer(store.territories())).write(LocalDate.of(2024, 10, 2), RUSSIA, "en",
                List.of()).sentences();
        assertThat(s.get(0).text()).isEqualTo("75 years ago, on October 2, 1949, China and the Soviet Union established diplomatic relations.");
        assertThat(s.get(2).text()).isEqualTo("Also on October 2, 1964 (60 years ago), the Soviet Union and Zambia established diplomatic relations.");
        assertThat(s.get(3).text()).isEqualTo("Wikipedia’s article Foreign relations of Zambia dates the establishment of relations "
                + "between the Soviet Union and Zambia later, on October 30, 1964: "
                + "the two articles disagree, and relations are counted from the earlier date.");
        assertThat(s.get(3).sources()).doesNotContainAnyElementsOf(s.get(2).sources());
    }
}
