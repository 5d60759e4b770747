package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.language.Lexicon;
import org.junit.jupiter.api.Test;

class SentenceTest {
    private static List<String> sentences(String text) {
        return Sentence.split(text, Lexicon.standard().read(text)).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void aPeriodAfterANameWithInitialsEndsTheSentence() {
        assertThat(sentences("Буллит вручил верительные грамоты М.И.Калинину. Первым полпредом СССР был Трояновский."))
                .containsExactly("Буллит вручил верительные грамоты М.И.Калинину.", "Первым полпредом СССР был Трояновский.");
        assertThat(sentences("He presented his credentials to F.D.Roosevelt. The embassy opened in 1934."))
                .containsExactly("He presented his credentials to F.D.Roosevelt.", "The embassy opened in 1934.");
    }

    @Test
    void aPeriodAfterADottedAbbreviationOrAnInitialDoesNotEndIt() {
        assertThat(sentences("The U.S. Embassy opened. Then it closed.")).containsExactly("The U.S. Embassy opened.", "Then it closed.");
        assertThat(sentences("Amb. William C. Bullitt arrived in 1933.")).hasSize(1);
        assertThat(sentences("Посол М.И. Калинин принял его в 1933 г. в Москве.")).hasSize(1);
    }

    @Test
    void theYearsAbbreviationEndsASentenceWhoseVerbStoodBeforeTheDate() {
        assertThat(sentences("Посол вручил верительные грамоты 28 марта 1948 г. СССР признал Израиль 17 мая 1948 года."))
                .containsExactly("Посол вручил верительные грамоты 28 марта 1948 г.", "СССР признал Израиль 17 мая 1948 года.");
    }

    @Test
    void theYearsAbbreviationBeforeTheSubjectOrALowerCaseWordEndsNothing() {
        assertThat(sentences("В 1948 г. Трумэн признал Израиль.")).containsExactly("В 1948 г. Трумэн признал Израиль.");
        assertThat(sentences("Отношения установлены в 1933 г. и прерваны в 1939 г.")).hasSize(1);
        assertThat(sentences("Amb. Biddle Jr. was accredited to Norway in 1941.")).hasSize(1);
        // the verb of another clause: the date opens its own
        assertThat(sentences("Отношения установлены в 1807 году, а 5 ноября 1809 г. Джон Куинси Адамс вручил верительные грамоты."))
                .hasSize(1);
    }
}
