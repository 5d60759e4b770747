package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.person.Person;
import org.chancery.person.PersonId;
import org.junit.jupiter.api.Test;

class PersonIndexTest {
    static Person person(String id, String surname, String forename) {
        return new Person(new PersonId(id), surname, forename, null, null);
    }

    static final List<Person> PERSONS = List.of(
            person("bell-isaac-jr", "Bell", "Isaac"),
            person("bullitt-william-christian", "Bullitt", "William Christian"),
            person("hull-cordell", "Hull", "Cordell"),
            person("kennan-george-frost", "Kennan", "George Frost"),
            person("harriman-william-averell", "Harriman", "William Averell"),
            person("muller-josef", "Müller", "Josef"));

    final PersonIndex index = PersonIndex.of(PERSONS);

    List<String> find(String name) {
        return index.find(name, 10).stream().map(p -> p.id().value()).toList();
    }

    @Test
    void findsAFullNameWithoutTheMiddleName() {
        assertThat(find("William Bullitt")).containsExactly("bullitt-william-christian");
    }

    @Test
    void findsSurnameCommaForename() {
        assertThat(find("Bullitt, William")).containsExactly("bullitt-william-christian");
        assertThat(find("bullitt")).containsExactly("bullitt-william-christian");
    }

    @Test
    void findsANameWrittenInCyrillic() {
        assertThat(find("Буллит")).containsExactly("bullitt-william-christian");
        assertThat(find("Кеннан")).containsExactly("kennan-george-frost");
        assertThat(find("Аверелл Гарриман")).containsExactly("harriman-william-averell");
    }

    @Test
    void findsANameWithASmallTypo() {
        assertThat(find("Bulitt")).containsExactly("bullitt-william-christian");
        assertThat(find("Wiliam Bullit")).containsExactly("bullitt-william-christian");
        assertThat(find("Kenan")).containsExactly("kennan-george-frost");
    }

    @Test
    void ranksTheStartOfANameAboveANameOneTypoAway() {
        assertThat(find("bull")).startsWith("bullitt-william-christian").contains("hull-cordell", "bell-isaac-jr");
    }

    @Test
    void ignoresDiacriticsAndFindsNothingForAStranger() {
        assertThat(find("Muller")).containsExactly("muller-josef");
        assertThat(find("Zzyzx Qwerty")).isEmpty();
        assertThat(find(",,,")).isEmpty();
    }

    @Test
    void allowsNoTypoInShortPartsAndMoreInLongOnes() {
        assertThat(PersonIndex.typos("Li")).isZero();
        assertThat(PersonIndex.typos("kenan")).isEqualTo(1);
        assertThat(PersonIndex.typos("harrimann")).isEqualTo(2);
    }
}
