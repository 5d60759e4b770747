package org.chancery.anniversary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.error.InvalidInputException;
import org.chancery.event.Citation;

/**
 * A post cut to a limit of characters (counted as Unicode code points, as the platforms count
 * text): one post of the sentences that fit, or a thread of numbered parts that each fit. Sources
 * shrink to their addresses ("[1] https://…"), and only those of the sentences kept are listed.
 */
public final class ShortPosts {
    /** Below this no sentence of a post fits. */
    public static final int MIN_CHARS = 60;

    private ShortPosts() {
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** One post within {@code max} characters: the sentences in order while they fit, their sources renumbered, the hashtags if they fit. */
    public static String fit(Post post, int max) {
        return fit(post, max, "--max-chars", "--thread");
    }

    /** The same, errors naming the limit as {@code parameter} and the thread form as {@code threadForm} (the API's words). */
    public static String fit(Post post, int max, String parameter, String threadForm) {
        check(max, parameter);
        List<Post.Sentence> kept = new ArrayList<>();
        for (Post.Sentence s : post.sentences()) {
            List<Post.Sentence> trial = new ArrayList<>(kept);
            trial.add(s);
            if (length(compose(post, trial, List.of())) <= max) kept = trial;
            else if (kept.isEmpty()) break;
        }
        if (kept.isEmpty()) {
            throw new InvalidInputException(parameter, Integer.toString(max), "the post's first sentence with its source needs "
                    + length(compose(post, post.sentences().subList(0, 1), List.of())) + " characters; use a larger limit or " + threadForm);
        }
        String withTags = compose(post, kept, post.hashtags());
        return length(withTags) <= max ? withTags : compose(post, kept, List.of());
    }

    /** The whole post as parts "1/3 …", each within {@code max} characters; a sentence longer than a part is cut between words. */
    public static List<String> thread(Post post, int max) {
        return thread(post, max, "--max-chars");
    }

    /** The same, an error naming the limit as {@code parameter}. */
    public static List<String> thread(Post post, int max, String parameter) {
        check(max, parameter);
        List<String> units = new ArrayList<>();
        for (Post.Sentence s : post.sentences()) units.add(withMarkers(s.text(), s.sources()));
        if (!post.hashtags().isEmpty()) units.add(String.join(" ", post.hashtags()));
        for (int i = 0; i < post.sources().size(); i++) units.add("[" + (i + 1) + "] " + post.sources().get(i).url());
        for (int digits = 1; ; digits++) {
            int prefix = 2 * digits + 2; // "12/34 "
            List<String> parts = pack(units, max - prefix);
            if (Integer.toString(parts.size()).length() <= digits) {
                List<String> out = new ArrayList<>();
                for (int i = 0; i < parts.size(); i++) out.add((i + 1) + "/" + parts.size() + " " + parts.get(i));
                return out;
            }
        }
    }

    private static void check(int max, String parameter) {
        if (max < MIN_CHARS) throw new InvalidInputException(parameter, Integer.toString(max), "expected at least " + MIN_CHARS);
    }

    /** Units joined by spaces (sources each on a line of their own) into parts of at most {@code room} characters. */
    private static List<String> pack(List<String> units, int room) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String unit : units) {
            for (String piece : pieces(unit, room)) {
                String sep = part.isEmpty() ? "" : piece.startsWith("[") ? "\n" : " ";
                if (length(part + sep + piece) > room) {
                    parts.add(part.toString());
                    part = new StringBuilder(piece);
                } else {
                    part.append(sep).append(piece);
                }
            }
        }
        if (!part.isEmpty()) parts.add(part.toString());
        return parts;
    }

    /** The unit whole if it fits, else cut between words into pieces that end in "…" where they go on. */
    private static List<String> pieces(String unit, int room) {
        if (length(unit) <= room) return List.of(unit);
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (String word : unit.split(" ")) {
            if (!b.isEmpty() && length(b + " " + word) > room - 1) {
                out.add(b + "…");
                b = new StringBuilder();
            }
            if (!b.isEmpty()) b.append(' ');
            b.append(word);
        }
        if (!b.isEmpty()) out.add(b.toString());
        return out;
    }

    private static String compose(Post post, List<Post.Sentence> sentences, List<String> hashtags) {
        Map<Integer, Integer> renumber = new LinkedHashMap<>();
        for (Post.Sentence s : sentences) for (int n : s.sources()) renumber.putIfAbsent(n, renumber.size() + 1);
        StringBuilder b = new StringBuilder();
        for (Post.Sentence s : sentences) {
            if (!b.isEmpty()) b.append(' ');
            b.append(withMarkers(s.text(), s.sources().stream().map(renumber::get).toList()));
        }
        if (!hashtags.isEmpty()) b.append("\n\n").append(String.join(" ", hashtags));
        if (!renumber.isEmpty()) b.append("\n");
        renumber.forEach((old, now) -> {
            Citation c = post.sources().get(old - 1);
            b.append("\n[").append(now).append("] ").append(c.url());
        });
        return b.toString();
    }

    private static String withMarkers(String text, List<Integer> sources) {
        if (sources.isEmpty()) return text;
        return text + " " + String.join("", sources.stream().map(n -> "[" + n + "]").toList());
    }
}
