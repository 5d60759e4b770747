package org.chancery.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SentencesTest {
    @Test
    void aPeriodAfterAnAbbreviationOrAnInitialEndsNoSentence() {
        assertThat(Sentences.around("The U.S. Embassy opened. It closed in 1990.", 5)).isEqualTo("The U.S. Embassy opened.");
        assertThat(Sentences.around("William C. Bullitt arrived on Nov. 16, 1933. He left.", 0)).isEqualTo("William C. Bullitt arrived on Nov. 16, 1933.");
        assertThat(Sentences.around("Relations resumed in 1933. Mr. Bullitt arrived.", 30)).isEqualTo("Mr. Bullitt arrived.");
        assertThat(Sentences.endOfFirst("Closed in 1917! Reopened.")).isEqualTo(16);
    }

    /** The rule as it was written before the look at the character before the period, as the oracle. */
    private static final Pattern END = Pattern.compile("[.!?][”\"’)]?(\\s+|$)");
    private static final Pattern ABBREV = Pattern.compile(
            "(?:\\b[A-Z]|U\\.S|U\\.K|U\\.N|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Capt|Adm|Gov|Sen|Rep|Hon|Rev|Ft|Mt|No|Co|Corp|Inc|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|ca|approx|vs|etc|e\\.g|i\\.e)$");

    private static int oracle(String text, int from) {
        Matcher m = END.matcher(text);
        int pos = from;
        while (m.find(pos)) {
            String before = text.substring(Math.max(0, m.start() - 12), m.start());
            boolean abbreviation = ABBREV.matcher(before).find() && text.charAt(m.start()) == '.';
            boolean nextLower = m.end() < text.length() && Character.isLowerCase(text.charAt(m.end()));
            boolean nextDigit = m.end() < text.length() && Character.isDigit(text.charAt(m.end()));
            if (!abbreviation && !nextLower && !nextDigit) return m.end();
            pos = m.end();
            if (pos >= text.length()) break;
        }
        return text.length();
    }

    @Test
    void endsSentencesWhereTheWrittenRuleEndsThem() {
        List<String> parts = List.of("U.S", "Mr", "Nov", "e.g", "etc", "C", "x", "1933", ".", ". ", "! ", "? ", "\"", ")", " ", "\n", "\u2028",
                "The", "the", "embassy", "7", ",", "é");
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(14); n > 0; n--) text.append(parts.get(random.nextInt(parts.size())));
            String t = text.toString();
            int from = t.isEmpty() ? 0 : random.nextInt(t.length());
            assertThat(Sentences.endOfSentenceFrom(t, from)).as(t).isEqualTo(oracle(t, from));
        }
    }
}
