package org.chancery.claim;

import org.chancery.error.InvalidInputException;

/**
 * What text the checker accepts. Why: pasted input can be anything; a post is a few thousand
 * characters, and checking cost grows with length, so a text over {@link #MAX_CHARS} is refused
 * rather than read; empty input has nothing to check; binary input (NUL bytes, mostly control
 * characters) is not a post, and reading it as one only produces noise.
 */
public final class InputGuard {
    /** Longest text accepted: one million characters (about 1 MB), far beyond any post. */
    public static final int MAX_CHARS = 1_000_000;

    private InputGuard() {
    }

    public static String check(String parameter, String text) {
        if (text == null || text.isBlank()) throw new InvalidInputException(parameter, "", "empty input: nothing to check");
        if (text.length() > MAX_CHARS) {
            throw new InvalidInputException(parameter, text.length() + " characters", "longer than the limit of " + MAX_CHARS + " characters");
        }
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) throw new InvalidInputException(parameter, "NUL byte at " + i, "binary input, not text");
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') control++;
        }
        if (control > text.length() / 10) throw new InvalidInputException(parameter, control + " control characters", "binary input, not text");
        return text;
    }
}
