package org.chancery.importer.wikipedia;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WikiDatesTest {
    private static String read(String cell) {
        return WikiDates.parse(cell).map(Object::toString).orElse("none");
    }

    @Test
    void readsDtsAtDayMonthAndYearPrecision() {
        assertThat(read("{{dts|8 November 1493}}")).isEqualTo("1493-11-08");
        assertThat(read("{{Dts|November 1615}}")).isEqualTo("1615-11");
        assertThat(read("{{#invoke:dts|main|1396}}")).isEqualTo("1396");
        assertThat(read("{{DTS|24 August 1553}}")).isEqualTo("1553-08-24");
    }

    @Test
    void readsNumericDtsAndOtherDateTemplates() {
        assertThat(read("{{dts|format=dmy|1992|5|21}}")).isEqualTo("1992-05-21");
        assertThat(read("{{dts|1949|10}}")).isEqualTo("1949-10");
        assertThat(read("{{Date table sorting|21 September 1981}}")).isEqualTo("1981-09-21");
    }

    @Test
    void readsFreeTextDates() {
        assertThat(read("5 September 1991")).isEqualTo("1991-09-05");
        assertThat(read("May 15, 1948")).isEqualTo("1948-05-15");
        assertThat(read("2 October 1949 (suspended)")).isEqualTo("1949-10-02");
    }

    @Test
    void refusesCellsThatStateNoSingleDate() {
        assertThat(read("{{Dts|1500}}s")).isEqualTo("none");
        assertThat(read("Before 1982")).isEqualTo("none");
        assertThat(read("1990–1992")).isEqualTo("none");
        assertThat(read("Unknown")).isEqualTo("none");
        assertThat(read("31 June 1992")).isEqualTo("none");
    }
}
