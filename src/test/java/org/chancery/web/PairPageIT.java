package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.chancery.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Pairs without the United States and other states' envoys, over real HTTP. */
class PairPageIT {
    @RegisterExtension
    static final LoopbackServer SERVER = new LoopbackServer();

    static String get(String path) throws Exception {
        HttpResponse<String> r = SERVER.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    @Test
    void theApiAnswersAPairWithoutTheUnitedStatesWithItsCoverageAndCredit() throws Exception {
        JsonNode n = Json.mapper().readTree(get("/api/relations?a=France&b=United%20Kingdom&on=1950-01-01"));
        assertThat(n.get("state").asText()).isEqualTo("diplomatic-relations");
        assertThat(n.at("/setBy/date").asText()).isEqualTo("1396");
        assertThat(n.at("/setBy/citation/credit").asText()).isEqualTo("Wikipedia contributors, CC BY-SA 4.0");
        assertThat(n.at("/setBy/citation/url").asText()).isEqualTo("https://en.wikipedia.org/wiki/Foreign_relations_of_France");
        assertThat(n.get("coverage").toString()).contains("this source records the first establishment only; later breaks are not recorded");
    }

    @Test
    void theApiListsAStatesEnvoysToTheUnitedStates() throws Exception {
        JsonNode n = Json.mapper().readTree(get("/api/envoys?territory=russia&to=united-states&on=1965-01-01"));
        assertThat(n.at("/envoys/0/name").asText()).startsWith("Dobrynin");
        assertThat(n.at("/envoys/0/citation/url").asText()).startsWith("https://history.state.gov/historicaldocuments/frus");
    }

    @Test
    void thePairPageShowsWhatEachSourceHoldsAndNoOtherPairsEnvoys() throws Exception {
        String page = get("/pair/france/united-kingdom");
        assertThat(page).contains("What the sources hold", "this source records the first establishment only",
                "Wikipedia contributors, CC BY-SA 4.0", "https://en.wikipedia.org/wiki/Foreign_relations_of_the_United_Kingdom");
        assertThat(page).doesNotContain("U.S. chiefs of mission").doesNotContain("to the United States</h2>");
    }

    @Test
    void aUsPairPageShowsBothDirectionsOfEnvoys() throws Exception {
        String page = get("/pair/united-states/russia");
        assertThat(page).contains("U.S. chiefs of mission", "Envoys of Russia to the United States", "Dobrynin");
    }

    @Test
    void theApiAndThePairPageStateBothDatesWhereTheArticlesDisagree() throws Exception {
        JsonNode between = Json.mapper().readTree(get("/api/relations?a=Afghanistan&b=Germany&on=1930-01-01"));
        assertThat(between.get("state").asText()).isEqualTo("sources-disagree");
        assertThat(between.at("/setBy/date").asText()).isEqualTo("1922-10-16");
        assertThat(between.at("/disagreement/accounts/0/date").asText()).isEqualTo("1922-10-16");
        assertThat(between.at("/disagreement/accounts/1/date").asText()).isEqualTo("1954-12-22");
        JsonNode later = Json.mapper().readTree(get("/api/relations?a=Afghanistan&b=Germany&on=1960-01-01"));
        assertThat(later.get("state").asText()).isEqualTo("diplomatic-relations");
        assertThat(later.at("/disagreement/statement").asText()).contains("disagree", "1922-10-16", "1954-12-22");
        assertThat(get("/pair/afghanistan/germany")).contains("the sources disagree on when relations were established",
                "Foreign relations of Afghanistan gives 1922-10-16", "Foreign relations of Germany gives 1954-12-22");
    }
}
