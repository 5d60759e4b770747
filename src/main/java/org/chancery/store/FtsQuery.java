package org.chancery.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a user typed into an FTS5 query. Why: FTS5 has its own syntax (quotes, NEAR,
 * column filters, operators) and raises errors on stray punctuation; user words are quoted one
 * by one so they are always taken as words, and all must match.
 */
final class FtsQuery {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_WORDS = 16;

    private FtsQuery() {
    }

    static String of(String words) {
        if (words == null) return "";
        List<String> terms = new ArrayList<>();
        Matcher m = WORD.matcher(words);
        while (m.find() && terms.size() < MAX_WORDS) terms.add("\"" + m.group() + "\"");
        return String.join(" AND ", terms);
    }
}
