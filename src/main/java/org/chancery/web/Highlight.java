package org.chancery.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chancery.claim.Claim;

/** The post cut into segments: plain text, and each claim's words to be marked in the colour of its verdict. */
final class Highlight {
    private Highlight() {
    }

    /**
     * One run of the text, kept as its lines so the page can show the breaks.
     *
     * @param verdict the claim's verdict slug, null for text outside every claim
     * @param claimId the id of the claim's entry in the list of claims, null outside claims
     * @param title   the verdict and the claim's note, shown on hover
     */
    record Segment(List<String> lines, String verdict, String claimId, String title) {
        static Segment plain(String text) {
            return new Segment(Highlight.lines(text), null, null, null);
        }
    }

    static List<Segment> segments(String text, List<Claim> claims) {
        List<Segment> out = new ArrayList<>();
        int pos = 0;
        List<Claim> ordered = claims.stream().sorted(Comparator.comparingInt(Claim::start)).toList();
        for (Claim c : ordered) {
            if (c.start() < pos || c.end() > text.length()) continue; // overlapping claims: the first is marked
            if (c.start() > pos) out.add(Segment.plain(text.substring(pos, c.start())));
            out.add(new Segment(lines(text.substring(c.start(), c.end())), c.verdict().slug(), "claim-" + (claims.indexOf(c) + 1),
                    c.verdict().slug() + ": " + c.note()));
            pos = c.end();
        }
        if (pos < text.length()) out.add(Segment.plain(text.substring(pos)));
        return out;
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }
}
