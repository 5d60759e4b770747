package org.chancery.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Distances in a text between what the grammar found: characters between two spans, each comma,
 * semicolon or colon between them counting {@link #CLAUSE_PENALTY} more. Clause marks are
 * counted once for the whole text, so a distance costs constant time; lookups only consider
 * items within {@link #REACH} characters, so work per claim is bounded whatever the text's length.
 */
final class Near {
    static final int CLAUSE_PENALTY = 25;
    /** Farthest a name, date or person may stand from its claim's words, in characters. */
    static final int REACH = 400;
    private final int[] marks;

    Near(String text) {
        marks = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            marks[i + 1] = marks[i] + (c == ',' || c == ';' || c == ':' ? 1 : 0);
        }
    }

    /** Distance between the span [s, e) and the span [ts, te). */
    int distance(int s, int e, int ts, int te) {
        int from = e <= ts ? e : te;
        int to = e <= ts ? ts : s;
        if (to <= from) return 0;
        return to - from + CLAUSE_PENALTY * (marks[to] - marks[from]);
    }

    /** The items of a list sorted by start that start in [from, to). */
    static <T> List<T> within(List<T> sorted, ToIntFunction<T> start, int from, int to) {
        int lo = lowerBound(sorted, start, from);
        int hi = lowerBound(sorted, start, to);
        return sorted.subList(lo, Math.max(lo, hi));
    }

    /** Index of the first item whose start is at or after pos. */
    static <T> int lowerBound(List<T> sorted, ToIntFunction<T> start, int pos) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start.applyAsInt(sorted.get(mid)) < pos) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The items near a span, nearest first. */
    <T> List<T> nearest(List<T> sorted, ToIntFunction<T> start, ToIntFunction<T> end, int ts, int te) {
        List<T> out = new ArrayList<>(within(sorted, start, ts - REACH, te + REACH));
        out.sort(Comparator.comparingInt(x -> distance(start.applyAsInt(x), end.applyAsInt(x), ts, te)));
        return out;
    }
}
