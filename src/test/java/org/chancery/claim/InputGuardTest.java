package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chancery.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class InputGuardTest {

    @Test
    void refusesEmptyBinaryAndOversizedInputNamingTheProblem() {
        assertThatThrownBy(() -> InputGuard.check("text", "  \n")).isInstanceOf(InvalidInputException.class).hasMessageContaining("empty input");
        assertThatThrownBy(() -> InputGuard.check("text", "abc\u0000def")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("binary input");
        assertThatThrownBy(() -> InputGuard.check("text", "x".repeat(InputGuard.MAX_CHARS + 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("limit of 1000000 characters");
    }
}
