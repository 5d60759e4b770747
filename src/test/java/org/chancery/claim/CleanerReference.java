package org.chancery.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cleaner as it was before it was made linear on long texts: every pattern tried at every
 * position, lines read with patterns. Kept as the oracle {@link CleanerTest} compares the fast
 * cleaner with; the same patterns as {@link Cleaner}'s.
 */
final class CleanerReference {
    private static final Pattern URL = Pattern.compile("(?<!\\p{L})https?://\\S+|\\bwww\\.\\S+");
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

    private CleanerReference() {
    }

    /** The cleaned text and what was set aside, as the old cleaner gave them (the line unwrapping is the cleaner's own). */
    static Cleaner.Cleaned clean(String original) {
        char[] out = original.toCharArray();
        if (original.indexOf('\n') >= 0) Cleaner.unwrap(out);
        List<Metadata> meta = new ArrayList<>();
        if (original.contains("http") || original.contains("www.")) setAside(original, out, URL, "url", meta);
        String lower = original.toLowerCase(java.util.Locale.ROOT);
        if (SOURCE_WORDS.stream().anyMatch(lower::contains)) setAside(original, out, SOURCE_LINE, "source", meta);
        if (original.indexOf('@') >= 0) setAside(original, out, MENTION, "mention", meta);
        if (original.indexOf('#') >= 0) setAside(original, out, HASHTAG, "hashtag", meta);
        boilerplate(original, out, meta);
        meta.sort(java.util.Comparator.comparingInt(Metadata::start));
        return new Cleaner.Cleaned(new String(out), List.copyOf(meta));
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
