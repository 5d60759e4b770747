package org.chancery.mission;

import java.time.LocalDate;
import org.chancery.date.PartialDate;
import org.chancery.event.Citation;
import org.chancery.person.PersonId;
import org.chancery.territory.TerritoryId;

/**
 * A U.S. chief of mission's time in post.
 *
 * @param roleId      pocom role-title-id ({@code ambassador-e-p}); its {@link #rank()} comes from {@code roles.tsv}
 * @param appointed   date of appointment (commission)
 * @param credentials date credentials were presented (pocom "started"), null if never
 * @param ended       date the tenure ended, null if open
 * @param endInferred true when the record gives no end and {@code ended} is the day before the next chief of the
 *                    same post presented credentials (see {@link TenureEnds})
 */
public record Tenure(String id, PersonId person, TerritoryId post, String roleId, String roleTitle,
                     PartialDate appointed, PartialDate credentials, PartialDate ended, boolean endInferred,
                     String endNote, String note, Citation citation) {

    public Rank rank() {
        return ChiefRoles.rank(roleId);
    }

    /**
     * Chiefs in the order they served: by the best date the record gives (appointed, else
     * credentials presented, else ended), tenures with no date at all last, then by pocom id.
     */
    public static final java.util.Comparator<Tenure> BY_BEST_DATE_KNOWN = java.util.Comparator
            .comparing((Tenure t) -> t.bestDateKnown(), java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
            .thenComparing(Tenure::id);

    /** The first day of the earliest date the record gives for the tenure, or null when it gives none. */
    public LocalDate bestDateKnown() {
        for (PartialDate d : new PartialDate[] {appointed, credentials, ended}) {
            if (d != null) return d.start();
        }
        return null;
    }

    /**
     * In post on a day: credentials presented on or before it (a chief is not in post before
     * being received), and not yet ended. A tenure with no credentials date never took post.
     */
    /** In post on some day from {@code first} to {@code last}: the same rule as {@link #inPostOn} over a span. */
    public boolean inPostDuring(LocalDate first, LocalDate last) {
        if (credentials == null || last.isBefore(credentials.start())) return false;
        return ended == null || !first.isAfter(ended.end());
    }

    public boolean inPostOn(LocalDate day) {
        if (credentials == null || day.isBefore(credentials.start())) return false;
        return ended == null || !day.isAfter(ended.end());
    }

    /** The same tenure moved to another post (a territory that holds it under another id). */
    public Tenure atPost(TerritoryId other) {
        return new Tenure(id, person, other, roleId, roleTitle, appointed, credentials, ended, endInferred, endNote, note, citation);
    }

    /** The same tenure ending on the day, inferred. */
    public Tenure endingInferred(LocalDate day) {
        return new Tenure(id, person, post, roleId, roleTitle, appointed, credentials, PartialDate.of(day), true, endNote, note, citation);
    }
}
