package org.chancery.claim;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words of a text with their positions; "U.S." and "Bullitt’s" are one word each. */
final class Tokens {
    private static final Pattern ASCII = Pattern.compile("[\\x00-\\x7f]*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:[.’'-]\\p{L}[\\p{L}\\p{M}]*)*\\.?");

    record Token(String text, int start, int end) {
        boolean capitalized() {
            return Character.isUpperCase(text.charAt(0));
        }

        /** Without a trailing possessive or period, accents and case: "Bullitt’s" → "bullitt", "Soulé" → "soule". */
        String key() {
            return Tokens.key(text);
        }

        boolean possessive() {
            return text.endsWith("’s") || text.endsWith("'s");
        }
    }

    private Tokens() {
    }

    static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String t = m.group();
            int end = m.end();
            // a sentence-final period is not part of the word, but "U.S." keeps its own
            if (t.endsWith(".") && !t.matches("(\\p{Lu}\\.)+") && !t.matches("\\p{Lu}\\p{Ll}{0,3}\\.")) {
                t = t.substring(0, t.length() - 1);
                end--;
            }
            out.add(new Token(t, m.start(), end));
        }
        return out;
    }

    static String key(String word) {
        String w = word;
        if (w.endsWith("’s") || w.endsWith("'s")) w = w.substring(0, w.length() - 2);
        if (w.endsWith(".") && w.indexOf('.') == w.length() - 1) w = w.substring(0, w.length() - 1);
        if (!ASCII.matcher(w).matches()) w = MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFD)).replaceAll("");
        return w.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
