package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.SharedData;
import org.chancery.store.CachedStore;
import org.junit.jupiter.api.Test;

/**
 * A question is no claim, unless it is answered: by the next sentence, or after the quiz's
 * choices by the sentence that says it is the answer; the choices themselves are no part of it.
 */
class QuizAnswersIT {
    private static final ClaimChecker CHECKER = new ClaimChecker(new CachedStore(SharedData.store()));

    private static List<String> read(String text) {
        return CHECKER.check(text, null).claims().stream()
                .map(c -> c.kind().slug() + " " + String.join("–", c.parties().stream().map(Object::toString).toList()) + " " + c.date()
                        + " " + c.persons())
                .toList();
    }

    @Test
    void anAnswerAfterTheChoicesAnswersTheQuestion() {
        assertThat(read("Викторина: кто стал первым послом США в Советском Союзе?\n1) Аверелл Гарриман\n2) Уильям Буллит\n"
                + "3) Джордж Кеннан\nПравильный ответ: Уильям Буллит, назначенный в 1933 году!"))
                .containsExactly("envoy-appointed russia–united-states 1933 [bullitt-william-christian]");
        assertThat(read("Q: In what year did the United States and Japan establish diplomatic relations? A) 1854 B) 1858 C) 1868. "
                + "Answer: B, on July 29, 1858."))
                .containsExactly("relations-established japan–united-states 1858-07-29 []");
    }

    @Test
    void anotherQuestionOrNoAnswerLeavesTheQuestionUnclaimed() {
        assertThat(read("Who was the first U.S. ambassador to the Soviet Union? (a) Averell Harriman (b) William Bullitt. "
                + "When did the U.S. recognize the USSR? Think about it.")).isEmpty();
        assertThat(read("Who was the first U.S. ambassador to the Soviet Union?\n1) Averell Harriman\n2) William Bullitt\nVote below!"))
                .isEmpty();
    }
}
