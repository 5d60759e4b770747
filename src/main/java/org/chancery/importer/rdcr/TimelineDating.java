package org.chancery.importer.rdcr;

import java.util.List;
import java.util.Optional;
import org.chancery.date.DateMention;
import org.chancery.date.PartialDate;
import org.chancery.date.ProseDates;

/**
 * Dates an rdcr timeline entry. The head carries a year ("..., 1933."), the prose the exact
 * date ("on November 16, 1933"). The entry's date is the first of the most precise dates the
 * prose gives in the head's year ("early 1917 ... On February 3, 1917" is February 3); with no
 * such date, the head's year at year precision. A head without a year takes the first date in the prose.
 */
public final class TimelineDating {
    private TimelineDating() {
    }

    /** The date and where in the prose it stands (position -1 when it came from the head alone). */
    public record Dated(PartialDate date, int position) {
    }

    public static Optional<Dated> date(Integer headYear, String prose) {
        List<DateMention> mentions = ProseDates.find(prose == null ? "" : prose);
        if (headYear != null) {
            DateMention best = null;
            for (DateMention m : mentions) {
                if (m.date().year() != headYear) continue;
                if (best == null || m.date().precision().compareTo(best.date().precision()) > 0) best = m;
            }
            if (best != null) return Optional.of(new Dated(best.date(), best.start()));
            return Optional.of(new Dated(PartialDate.ofYear(headYear), -1));
        }
        return mentions.stream().findFirst().map(m -> new Dated(m.date(), m.start()));
    }
}
