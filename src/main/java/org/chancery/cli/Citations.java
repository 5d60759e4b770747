package org.chancery.cli;

import org.chancery.event.Citation;

/** How the CLI shows a source under a fact: the quote, then where it is, and for Wikipedia its credit and licence. */
final class Citations {
    private Citations() {
    }

    /** Two indented lines, each ending in a newline. */
    static String text(Citation c) {
        String where = c.needsAttribution() ? c.record() + " · " + c.credit() + " · " + c.url()
                : c.dataset() + " " + c.file() + " · " + c.url();
        return "  \"" + c.quote() + "\"\n  " + where + "\n";
    }
}
