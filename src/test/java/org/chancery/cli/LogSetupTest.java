package org.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Logging is set up in code (no XML to parse at start-up): one line per event on standard error. */
class LogSetupTest {
    @Test
    void anEventWithLineBreaksAndAnExceptionIsOneLineOnStandardError() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        assertThat(root.getAppender("stderr")).isNotNull();
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            LoggerFactory.getLogger("org.chancery.web.LiveRecord").warn("store not reloaded:\nline two", new IllegalStateException("why\nmore"));
            LoggerFactory.getLogger("org.chancery.web.LiveRecord").debug("not at info");
        } finally {
            System.setErr(err);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertThat(out).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\S+ WARN  LiveRecord: store not reloaded: line two "
                + "java.lang.IllegalStateException: why more.*\\R").doesNotContain("not at info");
        assertThat(out.strip()).doesNotContain("\n");
    }

    @Test
    void jettyAndJavalinSayOnlyWarningsAndJavalinsStartLineNothing() {
        assertThat(((Logger) LoggerFactory.getLogger("org.eclipse.jetty.server.Server")).getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(((Logger) LoggerFactory.getLogger("io.javalin.Javalin")).getEffectiveLevel()).isEqualTo(Level.OFF);
        assertThat(((Logger) LoggerFactory.getLogger("org.flywaydb.core.Flyway")).getEffectiveLevel()).isEqualTo(Level.WARN);
    }
}
