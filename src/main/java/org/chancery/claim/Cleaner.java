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
    private static final Pattern LINE = Pattern.compile("[^\\n]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;»”\"')]$");

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
        if (SOURCE_WORDS.stream().anyMatch(lower::contains)) setAside(original, out, SOURCE_LINE, "source", meta);
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
    private static void unwrap(char[] out) {
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
        int from = 0;
        while (from < text.length()) {
            int at = -1;
            for (String marker : markers) {
                int i = text.indexOf(marker, from);
                if (i >= 0 && (at < 0 || i < at)) at = i;
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

    private static void setAside(String original, char[] out, Pattern p, String kind, List<Metadata> meta) {
        Matcher m = p.matcher(new String(out));
        while (m.find()) {
            String t = original.substring(m.start(), m.end()).strip();
            if (t.isEmpty()) continue;
            meta.add(new Metadata(kind, t, m.start(), m.end()));
            for (int i = m.start(); i < m.end(); i++) out[i] = ' ';
        }
    }

    /** Lines after the first that hold no sentence: a few words, no digit, no closing punctuation. */
    private static void boilerplate(String original, char[] out, List<Metadata> meta) {
        Matcher m = LINE.matcher(new String(out));
        boolean first = true;
        while (m.find()) {
            String line = m.group().strip();
            if (line.isEmpty()) continue;
            if (first) {
                first = false;
                continue;
            }
            boolean short_ = SPACES.split(line, 8).length <= 6;
            boolean noDigit = !DIGIT.matcher(line).find();
            boolean noSentenceEnd = !SENTENCE_END.matcher(line).find();
            if (short_ && noDigit && noSentenceEnd) {
                meta.add(new Metadata("boilerplate", original.substring(m.start(), m.end()).strip(), m.start(), m.end()));
                for (int i = m.start(); i < m.end(); i++) out[i] = ' ';
            }
        }
    }
}
