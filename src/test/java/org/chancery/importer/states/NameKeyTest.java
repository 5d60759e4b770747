package org.chancery.importer.states;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {
    @Test
    void comparesNamesWithoutCaseAccentsPunctuationOrALeadingThe() {
        assertThat(NameKey.of("The Côte d'Ivoire")).isEqualTo("cote divoire");
        assertThat(NameKey.of("São Tomé and Príncipe")).isEqualTo("sao tome and principe");
        assertThat(NameKey.of("Bosnia-Herzegovina")).isEqualTo("bosnia herzegovina");
        assertThat(NameKey.of("  Korea,   North ")).isEqualTo("korea north");
        assertThat(NameKey.of("THE Bahamas")).isEqualTo(NameKey.of("Bahamas"));
        assertThat(NameKey.of("Thessaly")).isEqualTo("thessaly");
    }
}
