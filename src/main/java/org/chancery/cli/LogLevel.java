package org.chancery.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.Locale;
import java.util.Set;
import org.chancery.error.InvalidInputException;
import org.slf4j.LoggerFactory;

/** {@code --log-level}: the least level logged (logback's root logger; Jetty stays at warn unless debug is asked). */
final class LogLevel {
    private static final Set<String> LEVELS = Set.of("error", "warn", "info", "debug");

    private LogLevel() {
    }

    static void set(String level) {
        String l = level.toLowerCase(Locale.ROOT);
        if (!LEVELS.contains(l)) throw new InvalidInputException("--log-level", level, "one of error, warn, info, debug");
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.toLevel(l));
            if (l.equals("debug") && LoggerFactory.getLogger("org.eclipse.jetty") instanceof Logger jetty) jetty.setLevel(Level.DEBUG);
        }
    }
}
