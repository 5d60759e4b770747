package org.chancery.importer.rdcr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.chancery.event.EventKind;
import org.chancery.importer.rdcr.EntryGrammar.Mention;
import org.chancery.importer.rdcr.EntryGrammar.Polarity;
import org.chancery.language.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The grammar over typed tokens, with an example from the record for every lexicon row the timeline added. */
class EntryGrammarTest {

    /**
     * A text, the kind of the event it is first of all about (its first affirmed clause, highest kind),
     * and that event's polarity. A text that ends with a period is prose; one without is a head.
     */
    record Example(String text, EventKind kind, Polarity polarity) {
        @Override
        public String toString() {
            return text;
        }
    }

    static List<Example> examples() {
        return List.of(
                new Example("Arrangement Providing for the Reception in One Payment of the Balance of the Indemnity", EventKind.TREATY, Polarity.AFFIRMED),
                new Example("On June 7, 1828, and Additional Article to the Convention of 1827 was signed", EventKind.TREATY, Polarity.AFFIRMED),
                new Example("The Holy See and the Kingdom of Italy concluded a concordat.", EventKind.TREATY, Polarity.AFFIRMED),
                new Example("Proclamation of the Kingdom of Italy", EventKind.STATE_CHANGE, Polarity.AFFIRMED),
                new Example("Oldenburg Joins the German Empire", EventKind.STATE_CHANGE, Polarity.AFFIRMED),
                new Example("Establishment of the Principality of Serbia", EventKind.STATE_CHANGE, Polarity.AFFIRMED),
                new Example("Baden became a Grand Duchy in 1806.", EventKind.STATE_CHANGE, Polarity.AFFIRMED),
                new Example("Nassau joined a Duchy of the Rhine.", EventKind.STATE_CHANGE, Polarity.AFFIRMED),
                new Example("Mecklenburg-Strelitz Joins the North German Confederation", EventKind.STATE_CHANGE, Polarity.AFFIRMED),
                new Example("Incorporation of Rome into the Kingdom of Italy", EventKind.STATE_CHANGE, Polarity.AFFIRMED),
                new Example("The Republic of Genoa was incorporated into the Kingdom of Piedmont-Sardinia.", EventKind.STATE_CHANGE, Polarity.AFFIRMED),
                new Example("Prussia moved to incorporate Hanover.", EventKind.STATE_CHANGE, Polarity.AFFIRMED),
                new Example("Frankfurt was absorbed by Prussia in 1866.", EventKind.STATE_CHANGE, Polarity.AFFIRMED),
                new Example("Demise of Congo Free State", EventKind.STATE_CHANGE, Polarity.AFFIRMED),
                new Example("The partition of the Kingdom of Poland ended its statehood.", EventKind.STATE_CHANGE, Polarity.AFFIRMED),
                new Example("The Polish state was partitioned in 1795.", EventKind.STATE_CHANGE, Polarity.AFFIRMED),
                new Example("St. Lucia achieved full independence on February 22, 1979.", EventKind.STATE_CHANGE, Polarity.AFFIRMED),
                new Example("Colonies that achieve independence", EventKind.STATE_CHANGE, Polarity.AFFIRMED),
                new Example("Greece gained its independence from the Ottoman Empire.", EventKind.STATE_CHANGE, Polarity.AFFIRMED),
                new Example("Nations that gain independence", EventKind.STATE_CHANGE, Polarity.AFFIRMED),
                new Example("Portugal granted Angola independence on November 11, 1975.", EventKind.STATE_CHANGE, Polarity.AFFIRMED),
                new Example("Only Britain could grant independence to Fiji.", EventKind.STATE_CHANGE, Polarity.AFFIRMED),
                new Example("Iceland attained independence from Denmark in 1944.", EventKind.STATE_CHANGE, Polarity.AFFIRMED),
                new Example("The colony won its independence in 1962.", EventKind.STATE_CHANGE, Polarity.AFFIRMED),
                new Example("Morocco under French and Spanish Control", EventKind.STATE_CHANGE, Polarity.AFFIRMED),
                new Example("U.S. Recogntion of Tuvalu", EventKind.RECOGNITION, Polarity.AFFIRMED),
                new Example("Disrupting Relations With Mexico", EventKind.RELATIONS_SEVERED, Polarity.AFFIRMED),
                new Example("The war disrupted diplomatic relations.", EventKind.RELATIONS_SEVERED, Polarity.AFFIRMED),
                new Example("Mexico threatened to disrupt relations.", EventKind.RELATIONS_SEVERED, Polarity.PLANNED),
                new Example("the United States and Monaco began commercial relations", null, null),
                new Example("the two states began trade relations", null, null),
                new Example("the two states established economic relations", null, null),
                new Example("Resumption of Diplomatic and Cultural Relations with France", EventKind.RELATIONS_RESUMED, Polarity.AFFIRMED),
                new Example("Unofficial relations were established in 1849.", null, null),
                new Example("a treaty establishing friendly relations", EventKind.TREATY, Polarity.AFFIRMED),
                new Example("Diplomatic relations were established on September 3, 1975, when Ambassador Pinto presented his credentials.",
                        EventKind.RELATIONS_ESTABLISHED, Polarity.AFFIRMED),
                new Example("He was Count Lucchesi, whose exequatur was signed in 1826; the consulate was opened.", EventKind.MISSION_OPENED, Polarity.AFFIRMED),
                new Example("The legation moved to Vologda, where it was closed.", EventKind.OTHER, Polarity.AFFIRMED),
                new Example("Although no U.S. diplomatic mission was established at Port Vila, Ambassadorial relations commenced in 1987.",
                        EventKind.MISSION_RAISED, Polarity.AFFIRMED),
                new Example("Though the embassy was not closed, relations were severed.", EventKind.RELATIONS_SEVERED, Polarity.AFFIRMED),
                new Example("The consulate was closed, whereas the legation remained open.", EventKind.MISSION_CLOSED, Polarity.AFFIRMED),
                new Example("Earliest Date: August 20, 1880. Latest Date: August 12, 1898.", EventKind.MISSION_OPENED, Polarity.AFFIRMED),
                new Example("A Consular Agency was established in Sofia on January 12, 1912.", EventKind.MISSION_OPENED, Polarity.AFFIRMED),
                new Example("Both consular agencies were closed in 1917.", EventKind.MISSION_CLOSED, Polarity.AFFIRMED),
                new Example("The first U.S. consular post was established at Prague.", EventKind.MISSION_OPENED, Polarity.AFFIRMED),
                new Example("Consular Posts at Poznan and Krakow were opened.", EventKind.MISSION_OPENED, Polarity.AFFIRMED),
                new Example("A Commercial Agency was opened in Carlsbad in 1887.", EventKind.MISSION_OPENED, Polarity.AFFIRMED),
                new Example("American Embassy Returned to Athens", EventKind.OTHER, Polarity.AFFIRMED),
                new Example("The embassy was ordered to return to Belgrade.", EventKind.OTHER, Polarity.AFFIRMED),
                new Example("Ambassadorial relations commence when the ambassador arrives.", EventKind.MISSION_RAISED, Polarity.AFFIRMED),
                new Example("The United States recognized Barbados’ independence that same day.", EventKind.RECOGNITION, Polarity.AFFIRMED),
                new Example("It recognized Antigua on the same date.", EventKind.RECOGNITION, Polarity.AFFIRMED),
                new Example("This date marks the establishment of diplomatic relations.", EventKind.RELATIONS_ESTABLISHED, Polarity.AFFIRMED),
                new Example("Relations were established on that date.", EventKind.RELATIONS_ESTABLISHED, Polarity.AFFIRMED),
                new Example("This latter date marks U.S. recognition of Palau’s independence.", EventKind.RECOGNITION, Polarity.AFFIRMED),
                new Example("That day, the United States recognized Iceland.", EventKind.RECOGNITION, Polarity.AFFIRMED),
                new Example("Establishment of American Legation to Embassy Status", EventKind.MISSION_RAISED, Polarity.AFFIRMED),
                new Example("The legation was raised to embassy rank.", EventKind.MISSION_RAISED, Polarity.AFFIRMED),
                new Example("Transfer of Sovereignty, 2004", EventKind.STATE_CHANGE, Polarity.AFFIRMED),
                new Example("1854 Compact", EventKind.TREATY, Polarity.AFFIRMED),
                new Example("Entry of Tonga into the British Commonwealth", EventKind.STATE_CHANGE, Polarity.AFFIRMED),
                new Example("70th Anniversary of Establishment of Diplomatic Relations", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void readsTheEventOfEachExample(Example e) {
        List<Mention> ms = e.text().endsWith(".") ? EntryGrammar.mentions(e.text()) : EntryGrammar.inHead(e.text());
        Mention first = firstOfItsClause(ms, e.polarity());
        if (e.kind() == null) {
            assertThat(ms).isEmpty();
        } else {
            assertThat(first).as("mentions %s", ms).isNotNull();
            assertThat(first.kind()).isEqualTo(e.kind());
        }
    }

    /** In the first clause with a mention of this polarity, the highest kind. */
    private static Mention firstOfItsClause(List<Mention> ms, Polarity polarity) {
        Mention best = null;
        for (Mention m : ms) {
            if (m.polarity() != polarity) continue;
            if (best != null && m.clauseStart() != best.clauseStart()) break;
            if (best == null || EntryGrammar.PRIORITY.indexOf(m.kind()) < EntryGrammar.PRIORITY.indexOf(best.kind())) best = m;
        }
        return best;
    }

    @Test
    void everyLexiconRowOfTheTimelineHasAnExample() throws Exception {
        List<String> forms = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(Lexicon.class.getResourceAsStream("en.tsv"), StandardCharsets.UTF_8))) {
            boolean block = false;
            for (String line : in.lines().toList()) {
                if (line.startsWith("# the record's timeline")) block = true;
                if (line.startsWith("# end of the record's timeline")) block = false;
                if (block && !line.startsWith("#") && !line.isBlank()) forms.add(line.split("\t")[0].replace("=", ""));
            }
        }
        assertThat(forms).hasSizeGreaterThan(40);
        String all = String.join(" ", examples().stream().map(Example::text).toList()).toLowerCase(Locale.ROOT);
        for (String form : forms) {
            assertThat(Pattern.compile("\\b" + Pattern.quote(form.toLowerCase(Locale.ROOT)) + "\\b").matcher(all).find())
                    .as("an example for the lexicon row '%s'", form).isTrue();
        }
    }

    @Test
    void negationCoversTheActionItPrecedesInItsClause() {
        assertThat(kinds("The United States did not recognize the Government of Angola.")).containsExactly("recognition DENIED");
        assertThat(kinds("Diplomatic relations with Russia never were formally severed.")).containsExactly("relations-severed DENIED");
        assertThat(kinds("The United States continued to withhold recognition.")).containsExactly("recognition DENIED");
        // "did not ... until" dates the recognition, it does not deny it
        assertThat(kinds("It did not formally recognize St. Lucian independence until May 17, 1979.")).containsExactly("recognition AFFIRMED");
        // the negation is the recognition's, not the protectorate's
        assertThat(kinds("The United States did not initially recognize the protectorate France established over Morocco."))
                .containsExactly("recognition DENIED", "state-change AFFIRMED");
    }

    @Test
    void aConditionOrACounterfactualSupposesAndAPlanPlans() {
        assertThat(kinds("Mann was authorized to recognize the new government if Hungary appeared able to maintain it."))
                .containsExactly("recognition SUPPOSED");
        assertThat(kinds("Andorra never signed a bilateral treaty, which would have legally constituted recognition."))
                .containsExactly("treaty DENIED", "recognition SUPPOSED");
        assertThat(kinds("In 1973 the United States planned to recognize the GDR.")).containsExactly("recognition PLANNED");
    }

    @Test
    void aMoveIsNoOpeningAndAModifierIsNoAction() {
        assertThat(kinds("Embassy Moved to Nanjing")).containsExactly("other AFFIRMED");
        assertThat(kinds("Normal Diplomatic Relations Interrupted")).containsExactly("relations-severed AFFIRMED");
        assertThat(kinds("specially accredited U.S. Minister to the Grand Duke")).isEmpty();
        assertThat(kinds("He was accredited U.S. Minister to the Grand Duke.")).containsExactly("envoy-appointed AFFIRMED");
    }

    @Test
    void aTreatyNamedInPassingIsAReferenceNotAnEvent() {
        assertThat(kinds("One of the issues raised by the U.S. treaty with Lew Chew was the position of Japan.")).isEmpty();
        assertThat(kinds("On May 26, 1868, the U.S. signed a Naturalization Treaty with the Kingdom of Bavaria.")).containsExactly("treaty AFFIRMED");
    }

    @Test
    void aCollapseIsAStatesOnlyWhereAStateIsNamed() {
        assertThat(kinds("As French resistance collapsed, the French Government left Paris on June 10.")).isEmpty();
        assertThat(kinds("The Arab Union was dissolved when the Iraqi monarchy fell.")).containsExactly("state-change AFFIRMED");
    }

    @Test
    void aStateIsWhatIsEstablishedNotWhatEstablishedDescribes() {
        assertThat(kinds("the United States and Monaco, both established states, began commercial relations")).isEmpty();
        assertThat(kinds("The new Kingdom of Italy was proclaimed on March 17, 1861.")).containsExactly("state-change AFFIRMED");
    }

    private static List<String> kinds(String text) {
        return EntryGrammar.mentions(text).stream().map(m -> m.kind().slug() + " " + m.polarity()).toList();
    }

}
