package org.chancery.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets aside what is not the post's prose before claims are read: addresses, hashtags,
 * mentions, a source line ("Source: ...", "Источник: ...", "via ..."), and page boilerplate
 * (short lines with no sentence in them, such as a player's "Hide player controls"). What is set
 * aside is blanked with spaces, so offsets in the cleaned text are offsets in the original.
 */
final class Cleaner {
    private static final Pattern URL = Pattern.compile("(?<!\\p{L})https?://\\S+|\\bwww\\.\\S+");
    /** Words one of which a source line holds: a cheap test before the line pattern runs. */
    private static final List<String> SOURCE_WORDS = List.of("source", "источник", "via", "credit", "photo", "фото");
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}&])#[\\p{L}\\p{N}_]+");
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}])@[\\p{L}\\p{N}_]+");
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "(?iuU)(?:^|(?<=[\\s.!?»”\"]))(?:source|sources|источник|источники|via|credit|credits|photo|фото)\\s*[:：—-]\\s*[^\\n]*$"
                    + "|(?iuU)(?:^|(?<=\\s))via\\s+\\S+\\s*$", Pattern.MULTILINE);
    /** The letters {@link #SOURCE_LINE}'s words start with, case folded as the pattern folds them: every match starts with one. */
    private static final String SOURCE_INITIALS = "sиvcpф";

    record Cleaned(String text, List<Metadata> metadata) {
    }

    private Cleaner() {
    }

    static Cleaned clean(String original) {
        char[] out = original.toCharArray();
        if (original.indexOf('\n') >= 0) unwrap(out);
        List<Metadata> meta = new ArrayList<>();
        if (original.contains("http") || original.contains("www.")) setAsideAt(original, out, URL, "url", meta, "http", "www.");
        String lower = original.toLowerCase(java.util.Locale.ROOT);
        if (SOURCE_WORDS.stream().anyMatch(lower::contains)) setAsideFrom(original, out, SOURCE_LINE, "source", meta, SOURCE_INITIALS);
        if (original.indexOf('@') >= 0) setAsideAt(original, out, MENTION, "mention", meta, "@");
        if (original.indexOf('#') >= 0) setAsideAt(original, out, HASHTAG, "hashtag", meta, "#");
        boilerplate(original, out, meta);
        meta.sort(java.util.Comparator.comparingInt(Metadata::start));
        return new Cleaned(new String(out), List.copyOf(meta));
    }

    /**
     * A line break that only wraps a sentence is a space: the line goes on indented, after a line
     * that ends with no sentence's end ("1st U.S. Amb (Edward\n        Dudley) assigned", as an
     * archive's XML lays a post out). So a post reads the same whether its layout was kept (a JSON
     * line of the file's text) or folded (the archive's reader). A break after '.', '!', '?', ':' or
     * ';', a blank line, or a line that starts at the margin, is kept.
     */
    static void unwrap(char[] out) {
        for (int i = 0; i < out.length; i++) {
            if (out[i] != '\n') continue;
            int before = i - 1;
            while (before >= 0 && (out[before] == ' ' || out[before] == '\t' || out[before] == '\r')) before--;
            int after = i + 1;
            while (after < out.length && (out[after] == ' ' || out[after] == '\t')) after++;
            boolean indented = after > i + 1 && after < out.length && !Character.isWhitespace(out[after]);
            if (!indented || before < 0 || out[before] == '\n' || ".!?:;…".indexOf(out[before]) >= 0) continue;
            for (int k = before + 1; k <= i; k++) out[k] = ' ';
        }
    }

    /**
     * As {@link #setAside}, for a pattern whose every match starts with one of the markers ('#',
     * '@', "http"): tried only where a marker stands, which finds the same matches as a scan of
     * every position (a pattern that looks behind cannot skip ahead by itself).
     */
    private static void setAsideAt(String original, char[] out, Pattern p, String kind, List<Metadata> meta, String... markers) {
        String text = new String(out);
        Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        // where each marker next stands at or after `from`, looked up again only once passed: a marker
        // that stands nowhere further is not searched for again (a search per match would be quadratic)
        int[] next = new int[markers.length];
        java.util.Arrays.fill(next, -2);
        int from = 0;
        while (from < text.length()) {
            int at = -1;
            for (int k = 0; k < markers.length; k++) {
                if (next[k] != -1 && next[k] < from) next[k] = text.indexOf(markers[k], from);
                if (next[k] >= 0 && (at < 0 || next[k] < at)) at = next[k];
            }
            if (at < 0) return;
            m.region(at, text.length());
            if (!m.lookingAt()) {
                from = at + 1;
                continue;
            }
            String t = original.substring(m.start(), m.end()).strip();
            if (!t.isEmpty()) {
                meta.add(new Metadata(kind, t, m.start(), m.end()));
                for (int i = m.start(); i < m.end(); i++) out[i] = ' ';
            }
            from = Math.max(m.end(), at + 1);
        }
    }

    /**
     * Sets aside every match of a pattern whose matches all start with one of the letters given
     * (lower case; a character counts as the pattern's case-insensitive matching folds it): tried
     * only where such a letter stands, which finds the matches a scan of every position finds
     * (a case-insensitive alternation tried at each of a long text's positions is most of its cleaning).
     */
    private static void setAsideFrom(String original, char[] out, Pattern p, String kind, List<Metadata> meta, String initials) {
        String text = new String(out);
        Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            // a match starts a line or follows a space or a sentence's end: never right after a letter or digit
            boolean wordStart = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            if (!wordStart || initials.indexOf(c) < 0 && initials.indexOf(Character.toLowerCase(Character.toUpperCase(c))) < 0) {
                at++;
                continue;
            }
            m.region(at, text.length());
            if (!m.lookingAt()) {
                at++;
                continue;
            }
            String t = original.substring(m.start(), m.end()).strip();
            if (!t.isEmpty()) {
                meta.add(new Metadata(kind, t, m.start(), m.end()));
                for (int i = m.start(); i < m.end(); i++) out[i] = ' ';
            }
            at = Math.max(m.end(), at + 1);
        }
    }

    /**
     * Lines after the first that hold no sentence: a few words (at most six: five runs of spaces),
     * no digit, no closing punctuation. Read character by character, once: a long text has
     * thousands of lines.
     */
    private static void boilerplate(String original, char[] out, List<Metadata> meta) {
        char[] text = out.clone();
        boolean first = true;
        int start = 0;
        while (start < text.length) {
            int end = start;
            while (end < text.length && text[end] != '\n') end++;
            if (end > start) {
                int a = start;
                int b = end;
                while (a < b && Character.isWhitespace(text[a])) a++;
                while (b > a && Character.isWhitespace(text[b - 1])) b--;
                if (a < b) {
                    if (first) {
                        first = false;
                    } else if (fewWords(text, a, b) && noDigit(text, a, b) && !sentenceEnd(text, a, b)) {
                        meta.add(new Metadata("boilerplate", original.substring(start, end).strip(), start, end));
                        for (int i = start; i < end; i++) out[i] = ' ';
                    }
                }
            }
            start = end + 1;
        }
    }

    /** At most six words: at most five runs of the spaces {@code \s} stands for (space, tab, line and form feeds, CR). */
    private static boolean fewWords(char[] t, int a, int b) {
        int runs = 0;
        for (int i = a; i < b; i++) {
            if (asciiSpace(t[i]) && (i == a || !asciiSpace(t[i - 1])) && ++runs > 5) return false;
        }
        return true;
    }

    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean noDigit(char[] t, int a, int b) {
        for (int i = a; i < b; i++) if (t[i] >= '0' && t[i] <= '9') return false;
        return true;
    }

    /** Ends with one of {@code .!?:;»”"')}, or with one of them and a line terminator, as {@code [...]$} finds it. */
    private static boolean sentenceEnd(char[] t, int a, int b) {
        String ends = ".!?:;»”\"')";
        if (ends.indexOf(t[b - 1]) >= 0) return true;
        boolean terminator = t[b - 1] == '\r' || t[b - 1] == '\u0085' || t[b - 1] == '\u2028' || t[b - 1] == '\u2029';
        return terminator && b - 1 > a && ends.indexOf(t[b - 2]) >= 0;
    }
}
