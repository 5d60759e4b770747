package org.chancery.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private static final Lexicon LEX = Lexicon.standard();

    private static Token first(String text, Concept c) {
        return LEX.read(text).stream().filter(t -> t.has(c)).findFirst().orElse(null);
    }

    private static List<String> concepts(String text) {
        return LEX.read(text).stream().filter(t -> !t.senses().isEmpty()).map(t -> t.senses().get(0).concept().name()).toList();
    }

    @Test
    void givesInflectedEnglishFormsTheSenseOfTheirStem() {
        assertThat(first("the U.S. established relations", Concept.ESTABLISH)).isNotNull();
        assertThat(first("the establishment of relations", Concept.ESTABLISH)).isNotNull();
        assertThat(first("relations were severed", Concept.SEVER)).isNotNull();
        assertThat(first("Washington recognised Haiti", Concept.RECOGNIZE)).isNotNull();
        assertThat(first("Washington recognizes Haiti", Concept.RECOGNIZE)).isNotNull();
    }

    @Test
    void readsAVerbDoneAgainAsARepeatButNotTheImperativeFollow() {
        assertThat(first("Romania and Bulgaria followed on Dec. 13", Concept.REPEAT)).isNotNull();
        assertThat(first("Britain followed suit in 1950", Concept.REPEAT)).isNotNull();
        assertThat(first("Румыния и Болгария последовали их примеру", Concept.REPEAT)).isNotNull();
        assertThat(first("Follow the story of the embassy", Concept.REPEAT)).isNull();
        assertThat(first("The embassy follows the talks", Concept.REPEAT)).isNull();
    }

    @Test
    void givesDeclinedRussianFormsTheSenseOfTheirStem() {
        assertThat(concepts("были установлены дипломатические отношения между СССР и США"))
                .containsSubsequence("PASSIVE", "ESTABLISH", "DIPLOMATIC", "RELATIONS", "BETWEEN", "AND");
        assertThat(first("восстановили дипотношения", Concept.RELATIONS)).isNotNull();
        assertThat(first("разорвала отношения", Concept.SEVER)).isNotNull();
    }

    @Test
    void readsAnExpressionOfSeveralWordsAsOneTokenWithItsOffsets() {
        String text = "Moscow broke off ties; the chargé d’affaires presented his letters of credence.";
        Token sever = first(text, Concept.SEVER);
        assertThat(sever.text()).isEqualTo("broke off");
        assertThat(text.substring(sever.start(), sever.end())).isEqualTo("broke off");
        assertThat(first(text, Concept.CHARGE).text()).isEqualTo("chargé d’affaires");
        assertThat(first(text, Concept.CREDENTIALS).text()).isEqualTo("letters of credence");
        assertThat(first("Посол вручил верительные грамоты", Concept.CREDENTIALS).text()).isEqualTo("верительные грамоты");
    }

    @Test
    void anExpressionsWordsMustStandTogether() {
        assertThat(first("they broke, off the record, ties", Concept.SEVER).text()).isEqualTo("broke");
    }

    @Test
    void marksAnActionSaidAsANounButNotItsVerb() {
        assertThat(first("within days of Bush's recognition", Concept.NOMINAL)).isNotNull();
        assertThat(first("the reopening of the embassy", Concept.NOMINAL)).isNotNull();
        assertThat(first("через несколько дней после признания", Concept.NOMINAL)).isNotNull();
        assertThat(first("через несколько дней после признания", Concept.AFTER)).isNotNull();
        assertThat(first("Washington recognized Haiti", Concept.NOMINAL)).isNull();
        assertThat(first("the U.S. reopened the embassy", Concept.NOMINAL)).isNull();
        assertThat(first("США признали Литву", Concept.NOMINAL)).isNull();
        assertThat(first("верительные грамоты посла", Concept.AFTER)).isNull();
    }

    @Test
    void readsAStateStressedAsNoWordOfItsOwnClause() {
        assertThat(first("Britain itself in Sept. 1783", Concept.SELF)).isNotNull();
        assertThat(first("сама Британия — в 1783 году", Concept.SELF)).isNotNull();
        assertThat(first("Britain signed in 1783", Concept.SELF)).isNull();
    }

    @Test
    void aCapitalisedFormMatchesOnlyACapitalisedWord() {
        assertThat(first("in May 1933", Concept.MONTH).sense(Category.MONTH).arg()).isEqualTo(5);
        assertThat(first("they may open an embassy", Concept.MONTH)).isNull();
    }

    @Test
    void anExactFormComparesTheWrittenWordNotItsStem() {
        // "consul" and "consulate" share a stem; "после" (after) and "посла" (ambassador) too
        assertThat(first("the consulate opened", Concept.CONSULATE)).isNotNull();
        assertThat(first("the consul arrived", Concept.CONSULATE)).isNull();
        assertThat(first("the consul arrived", Concept.CONSUL)).isNotNull();
        assertThat(first("после войны", Concept.AMBASSADOR)).isNull();
        assertThat(first("вручение грамот посла", Concept.AMBASSADOR)).isNotNull();
    }

    @Test
    void readsNegationRefusalPlansAndConditionsAsTheirOwnCategories() {
        assertThat(first("never formally broke off relations", Concept.NOT)).isNotNull();
        assertThat(first("had planned to open a legation", Concept.PLAN)).isNotNull();
        assertThat(first("Washington refused to recognize", Concept.REFUSE)).isNotNull();
        assertThat(first("the U.S. could have opened an embassy", Concept.IF).text()).isEqualTo("could have");
        assertThat(first("non-recognition", Concept.NOT)).isNotNull();
        assertThat(first("США не признали", Concept.NOT)).isNotNull();
        assertThat(first("the embassy was not closed", Concept.NOT)).isNotNull();
    }

    @Test
    void givesMonthsOrdinalsAndNumbersTheirValues() {
        assertThat(first("16 ноября 1933", Concept.MONTH).sense(Category.MONTH).arg()).isEqualTo(11);
        assertThat(first("в ноябре 1933", Concept.MONTH).sense(Category.MONTH).arg()).isEqualTo(11);
        assertThat(first("Nov. 16, 1933", Concept.MONTH).sense(Category.MONTH).arg()).isEqualTo(11);
        assertThat(first("the 1st woman", Concept.ORDINAL).sense(Category.ORDINAL).arg()).isEqualTo(1);
        assertThat(first("первым послом", Concept.ORDINAL).sense(Category.ORDINAL).arg()).isEqualTo(1);
        assertThat(first("two years later", Concept.NUMBER).sense(Category.NUMBER).arg()).isEqualTo(2);
        assertThat(first("the autumn of 1933", Concept.SEASON).sense(Category.SEASON).arg()).isEqualTo(9);
        assertThat(first("90 лет назад", Concept.SEASON)).isNull();
    }

    @Test
    void keysNamesTheSameWhateverTheirRussianCaseEnding() {
        assertThat(Lexicon.key("Францией")).isEqualTo(Lexicon.key("Франция"));
        assertThat(Lexicon.key("Вашингтоне")).isEqualTo(Lexicon.key("Вашингтон"));
        assertThat(Lexicon.keys("с Францией")).containsExactly(Lexicon.key("с"), Lexicon.key("Франция"));
    }

    @Test
    void keepsAbbreviationsHashtagsHandlesAndFlagsApart() {
        List<Token> ts = LEX.read("U.S. #Haiti @USEmbDenmark 🇺🇸🇩🇰 16.11.1933");
        assertThat(ts).extracting(Token::shape).containsSubsequence(Shape.WORD, Shape.HASHTAG, Shape.HANDLE, Shape.EMOJI,
                Shape.EMOJI, Shape.NUMBER);
        assertThat(ts.get(0).key()).isEqualTo("u.s");
        assertThat(ts.stream().filter(t -> t.shape() == Shape.NUMBER).findFirst().orElseThrow().text()).isEqualTo("16.11.1933");
    }

    @Test
    void readsAMegabyteInOnePass() {
        String text = "France recognized Haiti in 1862, ".repeat(30_000);
        List<Token> ts = LEX.read(text);
        assertThat(ts).hasSize(30_000 * 6);
        assertThat(ts.get(ts.size() - 1).end()).isEqualTo(text.length() - 1);
    }

    @Test
    void refusesALexiconLineThatNamesNoConcept() {
        var in = new ByteArrayInputStream("recognize\tRECOGNISE\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Lexicon.parse("xx.tsv", in)).hasMessageContaining("xx.tsv:1").hasMessageContaining("RECOGNISE");
    }

    @Test
    void everyShippedLexiconLineLoads() {
        for (Language l : Language.values()) {
            List<Entry> entries = Lexicon.parse(l.code() + ".tsv", Lexicon.class.getResourceAsStream(l.code() + ".tsv"));
            assertThat(entries).hasSizeGreaterThan(200);
        }
    }

    @Test
    void aFormIsSplitAsTheTokenizerSplitsIt() throws java.io.IOException {
        List<String> forms = new java.util.ArrayList<>(List.of("broke off", "верительные грамоты", "chargé d’affaires", "U.S.", "a  b", " a",
                "a ", "", "re-establish", "Mr", "ёлка", "x1", "#tag"));
        for (Language l : Language.values()) {
            try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(Lexicon.class.getResourceAsStream(l.code() + ".tsv"), StandardCharsets.UTF_8))) {
                r.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t")[0].strip())
                        .map(f -> f.startsWith("=") ? f.substring(1) : f).forEach(forms::add);
            }
        }
        assertThat(forms).hasSizeGreaterThan(1_000);
        for (String f : forms) assertThat(Lexicon.formPieces(f)).as(f).isEqualTo(Splitter.split(f));
    }
}
