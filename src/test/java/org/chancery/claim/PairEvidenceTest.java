package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.date.PartialDate;
import org.chancery.event.Citation;
import org.chancery.event.Event;
import org.chancery.event.EventKind;
import org.chancery.mission.EnvoyRank;
import org.chancery.mission.ForeignEnvoy;
import org.chancery.territory.TerritoryId;
import org.junit.jupiter.api.Test;

class PairEvidenceTest {
    private static final TerritoryId FRANCE = new TerritoryId("france");
    private static final TerritoryId RUSSIA = new TerritoryId("russia");
    private static final List<Event> TABLE = List.of(new Event("wikipedia:france:russia", EventKind.RELATIONS_ESTABLISHED,
            List.of(FRANCE, RUSSIA), List.of(), PartialDate.parse("1615-11"), "Diplomatic Relations Established, 1615", "x",
            new Citation("wikipedia", "f.json", "Foreign relations of Russia#France", "France: November 1615", "https://en.wikipedia.org/x"),
            List.of(new Citation("wikipedia", "g.json", "Foreign relations of France#Russia", "Russia: November 1615", "https://en.wikipedia.org/y"))));

    private static Found claim(EventKind kind, String date, boolean first) {
        return new Found(kind, List.of(FRANCE, RUSSIA), List.of(), date == null ? null : PartialDate.parse(date), 0, 10, false, first,
                null, null, "ambassador");
    }

    private static Verdict verdict(EventKind kind, String date, boolean first) {
        return PairEvidence.betweenOthers(claim(kind, date, first), TABLE).verdict();
    }

    @Test
    void theTableDateAtTheClaimsPrecisionSupportsBothArticles() {
        PairEvidence.Verdicts v = PairEvidence.betweenOthers(claim(EventKind.RELATIONS_ESTABLISHED, "1615", false), TABLE);
        assertThat(v.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(v.evidence()).extracting(e -> e.source() + ":" + e.record())
                .containsExactly("wikipedia:Foreign relations of Russia#France", "wikipedia:Foreign relations of France#Russia");
        assertThat(verdict(EventKind.RELATIONS_RESUMED, "1615-11", false)).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void aDayTheTableDoesNotKnowIsNotSupported() {
        assertThat(verdict(EventKind.RELATIONS_ESTABLISHED, "1615-11-20", false)).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void anEarlierDateContradictsALaterOneIsUnverifiableUnlessTheTextSaysFirst() {
        assertThat(verdict(EventKind.RELATIONS_ESTABLISHED, "1600", false)).isEqualTo(Verdict.CONTRADICTED);
        assertThat(verdict(EventKind.RELATIONS_ESTABLISHED, "1924-10-28", false)).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(verdict(EventKind.RELATIONS_ESTABLISHED, "1924-10-28", true)).isEqualTo(Verdict.CONTRADICTED);
    }

    private static Event article(String date, String article) {
        return new Event("wikipedia:afghanistan:germany:" + article, EventKind.RELATIONS_ESTABLISHED, List.of(FRANCE, RUSSIA), List.of(),
                PartialDate.parse(date), "Diplomatic Relations Established", "x",
                new Citation("wikipedia", article + ".json", "Foreign relations of " + article + "#X", "X: " + date, "https://en.wikipedia.org/z"));
    }

    @Test
    void aDateOfEitherDisagreeingArticleIsSupportedNeverContradictedEvenWhenTheTextSaysFirst() {
        List<Event> two = List.of(article("1922-10-16", "Afghanistan"), article("1954-12-22", "Germany"));
        for (boolean first : new boolean[] {false, true}) {
            for (String date : List.of("1922-10-16", "1954-12-22", "1954", "1922-10")) {
                PairEvidence.Verdicts v = PairEvidence.betweenOthers(claim(EventKind.RELATIONS_ESTABLISHED, date, first), two);
                assertThat(v.verdict()).as(date + " first=" + first).isEqualTo(Verdict.SUPPORTED);
            }
        }
        // between the two dates: a later date may be a re-establishment; "first" with neither date is contradicted
        assertThat(PairEvidence.betweenOthers(claim(EventKind.RELATIONS_ESTABLISHED, "1930", false), two).verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(PairEvidence.betweenOthers(claim(EventKind.RELATIONS_ESTABLISHED, "1930", true), two).verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(PairEvidence.betweenOthers(claim(EventKind.RELATIONS_ESTABLISHED, "1921", false), two).verdict()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void otherKindsBetweenTwoOtherStatesAreUnverifiable() {
        assertThat(verdict(EventKind.RELATIONS_SEVERED, "1615-11", false)).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(verdict(EventKind.RECOGNITION, "1615", false)).isEqualTo(Verdict.UNVERIFIABLE);
    }

    private static final List<ForeignEnvoy> ENVOYS = List.of(new ForeignEnvoy("people:103539:5", "103539", "Dobrynin, Anatoly F.", RUSSIA,
            TerritoryId.UNITED_STATES, EnvoyRank.AMBASSADOR, PartialDate.parse("1962-03"), null,
            new Citation("people", "p.xml", "103539", "Soviet Ambassador to the United States from March 1962", "https://history.state.gov/x")));

    private static Found envoy(String named, String date) {
        return new Found(EventKind.ENVOY_APPOINTED, List.of(RUSSIA, TerritoryId.UNITED_STATES), List.of(), PartialDate.parse(date), 0, 10,
                true, false, null, named, "ambassador");
    }

    @Test
    void aRemarkNamingTheEnvoyWithAnAgreeingDateSupportsIt() {
        PairEvidence.Verdicts v = PairEvidence.foreignEnvoy(envoy(null, "1962-03"), ENVOYS, List.of(),
                "Anatoly Dobrynin became Soviet ambassador to the US in March 1962");
        assertThat(v.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(v.evidence()).extracting(e -> e.source() + ":" + e.record()).containsExactly("people:103539");
        assertThat(PairEvidence.foreignEnvoy(envoy("Dobrynin", "1962"), ENVOYS, List.of(), null).verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void anotherNameOrADisagreeingDateIsUnverifiableNeverContradicted() {
        assertThat(PairEvidence.foreignEnvoy(envoy(null, "1962-03"), ENVOYS, List.of(),
                "Mikhail Menshikov became Soviet ambassador to the US in March 1962").verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(PairEvidence.foreignEnvoy(envoy("Dobrynin", "1957"), ENVOYS, List.of(), null).verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void findsTheSentenceAroundAClaim() {
        String text = "First one. Anatoly Dobrynin became ambassador in 1962. Next.";
        assertThat(PairEvidence.sentenceOf(text, 28, 53)).isEqualTo(" Anatoly Dobrynin became ambassador in 1962");
    }
}
