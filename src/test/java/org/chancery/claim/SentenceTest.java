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
}
