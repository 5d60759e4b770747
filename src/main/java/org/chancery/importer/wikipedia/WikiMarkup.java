package org.chancery.importer.wikipedia;

/**
 * Removes references and comments from wikitext by scanning, with the result of the patterns
 * {@code <ref[^>/]*\/>|<ref[^>]*>.*?</ref>} (case-insensitive, dot-all) and {@code <!--.*?-->} replaced
 * everywhere. Why not the patterns: they are tried at each '&lt;' of 42,000 rows and the lazy
 * {@code .*?} tries the closing tag at every character of every reference, a fifth of the
 * Wikipedia pass; looking up the closing tag does the same in one scan.
 */
final class WikiMarkup {
    private WikiMarkup() {
    }

    /** The text without its references ({@code <ref name="a"/>}, {@code <ref>…</ref>}). */
    static String withoutRefs(String s) {
        return without(s, true);
    }

    /** The text without its comments ({@code <!-- … -->}). */
    static String withoutComments(String s) {
        return without(s, false);
    }

    private static String without(String s, boolean refs) {
        StringBuilder out = null;
        int copied = 0;
        for (int at = s.indexOf('<'); at >= 0; ) {
            int end = refs ? refEnd(s, at) : commentEnd(s, at);
            if (end >= 0) {
                if (out == null) out = new StringBuilder(s.length());
                out.append(s, copied, at);
                copied = end;
                at = s.indexOf('<', end);
            } else {
                at = s.indexOf('<', at + 1);
            }
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /** Where the reference starting at {@code at} ends; -1 when none starts there. */
    private static int refEnd(String s, int at) {
        if (!startsAt(s, at, "<ref")) return -1;
        int from = at + 4;
        int stop = from;
        while (stop < s.length() && s.charAt(stop) != '>' && s.charAt(stop) != '/') stop++;
        if (stop + 1 < s.length() && s.charAt(stop) == '/' && s.charAt(stop + 1) == '>') return stop + 2;
        int open = s.indexOf('>', from);
        if (open < 0) return -1;
        for (int close = s.indexOf("</", open + 1); close >= 0; close = s.indexOf("</", close + 1)) {
            if (startsAt(s, close, "</ref>")) return close + 6;
        }
        return -1;
    }

    private static int commentEnd(String s, int at) {
        if (!s.startsWith("<!--", at)) return -1;
        int close = s.indexOf("-->", at + 4);
        return close < 0 ? -1 : close + 3;
    }

    /** Whether {@code lower} (lower-case ASCII) stands at {@code at}, ASCII letters in either case, as the patterns' flag matches. */
    private static boolean startsAt(String s, int at, String lower) {
        if (at + lower.length() > s.length()) return false;
        for (int i = 0; i < lower.length(); i++) {
            char c = s.charAt(at + i);
            char l = lower.charAt(i);
            if (c != l && !(l >= 'a' && l <= 'z' && c == (char) (l - 32))) return false;
        }
        return true;
    }
}
