package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.language.Lexicon;
import org.chancery.language.Token;
import org.junit.jupiter.api.Test;

class SentenceTest {

    private static List<String> sentences(String text) {
        List<Token> tokens = Lexicon.standard().read(text);
        return Sentence.split(text, tokens).stream().map(s -> text.substring(s.start(), s.end())).toList();
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
