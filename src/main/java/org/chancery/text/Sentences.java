package org.chancery.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentence bounds in the record's prose. A period ends a sentence unless it ends an
 * abbreviation the record uses ("U.S.", "Mr.", "St.", "Nov.") or an initial ("William C. Bullitt").
 */
public final class Sentences {
    private static final Pattern END = Pattern.compile("[.!?][”\"’)]?(\\s+|$)");
    private static final Pattern ABBREV = Pattern.compile(
            "(?:\\b[A-Z]|U\\.S|U\\.K|U\\.N|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Capt|Adm|Gov|Sen|Rep|Hon|Rev|Ft|Mt|No|Co|Corp|Inc|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|ca|approx|vs|etc|e\\.g|i\\.e)$");

    private Sentences() {
    }

    /** End offset (exclusive) of the sentence starting at 0. */
    public static int endOfFirst(String text) {
        return endOfSentenceFrom(text, 0);
    }

    /** End offset (exclusive) of the sentence that starts at or after {@code from}. */
    public static int endOfSentenceFrom(String text, int from) {
        Matcher m = END.matcher(text);
        int pos = from;
        // an end begins at '.', '!' or '?': the pattern is started at the next of them, not tried at every character
        while ((pos = nextStop(text, pos)) >= 0 && m.find(pos)) {
            // every abbreviation ends in a letter just before its period (or before a line end, which '$' lets stand
            // between): the pattern is tried only there
            boolean abbreviation = text.charAt(m.start()) == '.' && m.start() > 0 && mayEndAnAbbreviation(text.charAt(m.start() - 1))
                    && ABBREV.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find();
            boolean nextLower = m.end() < text.length() && Character.isLowerCase(text.charAt(m.end()));
            boolean nextDigit = m.end() < text.length() && Character.isDigit(text.charAt(m.end()));
            if (!abbreviation && !nextLower && !nextDigit) return m.end();
            pos = m.end();
            if (pos >= text.length()) break;
        }
        return text.length();
    }

    private static int nextStop(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') return i;
        }
        return -1;
    }

    private static boolean mayEndAnAbbreviation(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The sentence around a position: from the end of the previous one to the end of this one. */
    public static String around(String text, int position) {
        int start = 0;
        while (true) {
            int end = endOfSentenceFrom(text, start);
            if (end > position || end >= text.length()) return text.substring(start, end).strip();
            start = end;
        }
    }
}
