package org.chancery.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.chancery.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void keepsThePrecisionItWasWrittenWith() {
        assertThat(PartialDate.parse("1933").precision()).isEqualTo(Precision.YEAR);
        assertThat(PartialDate.parse("1933-11").precision()).isEqualTo(Precision.MONTH);
        assertThat(PartialDate.parse("1933-11-16").precision()).isEqualTo(Precision.DAY);
        assertThat(PartialDate.parse("1933-11").toString()).isEqualTo("1933-11");
    }

    @Test
    void aYearIsNotItsFirstDay() {
        PartialDate y = PartialDate.parse("1933");
        assertThat(y).isNotEqualTo(PartialDate.parse("1933-01-01"));
        assertThat(y.start()).isEqualTo(LocalDate.of(1933, 1, 1));
        assertThat(y.end()).isEqualTo(LocalDate.of(1933, 12, 31));
        assertThat(PartialDate.parse("1900-02").end()).isEqualTo(LocalDate.of(1900, 2, 28));
    }

    @Test
    void agreesAtTheCoarserPrecision() {
        assertThat(PartialDate.parse("1933").agreesWith(PartialDate.parse("1933-11-16"))).isTrue();
        assertThat(PartialDate.parse("1933-11").agreesWith(PartialDate.parse("1933-12-13"))).isFalse();
        assertThat(PartialDate.parse("1934-11-16").agreesWith(PartialDate.parse("1933-11-16"))).isFalse();
    }

    @Test
    void refusesImpossibleDatesNamingTheValue() {
        assertThatThrownBy(() -> PartialDate.parse("1933-02-30"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1933-02-30");
        assertThatThrownBy(() -> PartialDate.parse("1933-13"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1933-13");
        assertThatThrownBy(() -> PartialDate.parse("yesterday"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("yesterday");
    }

    @Test
    void aQuestionOnADayNeedsAWholeDay() {
        assertThatThrownBy(() -> PartialDate.parseDay("1933-11"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("YYYY-MM-DD");
        assertThat(PartialDate.parseDay("1934-01-01")).isEqualTo(LocalDate.of(1934, 1, 1));
    }

    @Test
    void ordersByFirstPossibleDay() {
        assertThat(PartialDate.parse("1933-11-16")).isGreaterThan(PartialDate.parse("1933"));
        assertThat(PartialDate.parse("1917-11-07")).isLessThan(PartialDate.parse("1933"));
    }
}
