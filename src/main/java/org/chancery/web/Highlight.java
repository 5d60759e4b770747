package org.chancery.web;

import java.util.Comparator;
import java.util.List;
import org.chancery.claim.Claim;

/** The post with each claim's words marked in the colour of its verdict, linked to the claim's evidence. */
final class Highlight {
    private Highlight() {
    }

    static String marked(String text, List<Claim> claims) {
        StringBuilder b = new StringBuilder();
        int pos = 0;
        List<Claim> ordered = claims.stream().sorted(Comparator.comparingInt(Claim::start)).toList();
        for (Claim c : ordered) {
            if (c.start() < pos || c.end() > text.length()) continue; // overlapping claims: the first is marked
            b.append(Html.esc(text.substring(pos, c.start())));
            b.append("<mark class=\"verdict-").append(c.verdict().slug()).append("\" data-claim=\"claim-").append(claims.indexOf(c) + 1)
                    .append("\" title=\"").append(c.verdict().slug()).append(": ").append(Html.esc(c.note())).append("\">")
                    .append(Html.esc(text.substring(c.start(), c.end()))).append("</mark>");
            pos = c.end();
        }
        b.append(Html.esc(text.substring(pos)));
        return b.toString().replace("\n", "<br>");
    }
}
