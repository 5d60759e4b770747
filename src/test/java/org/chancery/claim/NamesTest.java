package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void matchesASurnameWrittenInLatinOrCyrillic() {
        assertThat(Names.sameSurname("William C. Bullitt", "Bullitt")).isTrue();
        assertThat(Names.sameSurname("посол Буллит", "Bullitt")).isTrue();
        assertThat(Names.sameSurname("Дэвис", "Davies")).isTrue();
        assertThat(Names.sameSurname("Трояновский", "Bullitt")).isFalse();
        assertThat(Names.sameSurname("James Buchanan", "Soulé")).isFalse();
    }
}
