package org.chancery.cli;

import org.chancery.claim.CheckResult;
import org.chancery.claim.Claim;
import org.chancery.claim.Evidence;
import org.chancery.claim.Metadata;

/** The text form of a check: the post with each claim marked, and its verdict, evidence and note under it. */
final class CheckReport {
    private CheckReport() {
    }

    static String text(String post, CheckResult r) {
        return text(post, r, java.util.Locale.ROOT);
    }

    /** The report with each verdict's reason in the language of {@code locale}. */
    static String text(String post, CheckResult r, java.util.Locale locale) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (Claim c : r.claims()) {
            n++;
            b.append(String.format("[%d] %s  %s %s %s%s%n", n, c.verdict().slug().toUpperCase(), c.kind().slug(),
                    String.join("–", c.parties().stream().map(Object::toString).toList()), c.date() == null ? "(undated)" : c.date(),
                    c.persons().isEmpty() ? "" : " " + c.persons()));
            b.append("    «").append(post, c.start(), c.end()).append("»\n");
            if (c.reason() != null) b.append("    ").append(c.note(locale)).append('\n');
            for (Evidence e : c.evidence()) {
                b.append("    ").append(e.source()).append(':').append(e.record()).append(" · ").append(e.url()).append('\n');
                b.append("      “").append(e.quote()).append("”\n");
            }
        }
        if (n == 0) b.append("no dated diplomatic claims found\n");
        if (!r.metadata().isEmpty()) {
            b.append("set aside: ");
            b.append(String.join(" | ", r.metadata().stream().map((Metadata m) -> m.kind() + " " + m.text()).toList())).append('\n');
        }
        return b.toString();
    }
}
