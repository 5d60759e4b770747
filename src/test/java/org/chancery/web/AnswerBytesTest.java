package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnswerBytesTest {
    final AnswerBytes answers = new AnswerBytes();
    final AtomicInteger written = new AtomicInteger();

    byte[] answer(String key, Object source, int value) {
        return answers.json(key, source, () -> {
            written.incrementAndGet();
            return Map.of("value", value);
        });
    }

    @Test
    void writesAnAnswerOnceForTheSameRecord() {
        List<String> record = List.of("e1");
        byte[] first = answer("timeline|a|b", record, 1);
        assertThat(answer("timeline|a|b", record, 2)).isSameAs(first);
        assertThat(new String(first, StandardCharsets.UTF_8)).contains("\"value\"", "1");
        assertThat(written).hasValue(1);
    }

    @Test
    void writesItAgainWhenTheRecordChanged() {
        answer("timeline|a|b", List.of("e1"), 1);
        byte[] again = answer("timeline|a|b", List.of("e1"), 2);
        assertThat(new String(again, StandardCharsets.UTF_8)).contains("2");
        assertThat(written).hasValue(2);
    }

    @Test
    void keepsAtMostItsBoundOfAnswers() {
        Object record = new Object();
        for (int i = 0; i <= AnswerBytes.MAX; i++) answer("k" + i, record, i);
        answer("k0", record, 0);
        // the store was emptied when full: the first answer had to be written again
        assertThat(written).hasValue(AnswerBytes.MAX + 2);
    }
}
