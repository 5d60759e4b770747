package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void matchesAChineseNameWrittenInRussianAfterThePalladiusSystem() {
        // "цз" is the pinyin "z"/"j", "чж" the "zh": Цзэминь is Zemin, Чжоу is Zhou
        assertThat(Names.sameSurname("Чай Цзэминь", "Zemin")).isTrue();
        assertThat(Names.sameSurname("Чжоу Эньлай", "Zhou")).isTrue();
        assertThat(Names.sameSurname("Цуй Тянькай", "Zemin")).isFalse();
        // a Russian "ц" stays "ts"
        assertThat(Names.sameSurname("Кузнецов", "Kuznetsov")).isTrue();
    }

    @Test
    void matchesASurnameWrittenInLatinOrCyrillic() {
        assertThat(Names.sameSurname("William C. Bullitt", "Bullitt")).isTrue();
        assertThat(Names.sameSurname("посол Буллит", "Bullitt")).isTrue();
        assertThat(Names.sameSurname("Дэвис", "Davies")).isTrue();
        assertThat(Names.sameSurname("Трояновский", "Bullitt")).isFalse();
        assertThat(Names.sameSurname("James Buchanan", "Soulé")).isFalse();
    }
}
