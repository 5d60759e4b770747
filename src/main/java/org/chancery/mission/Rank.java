package org.chancery.mission;

import java.util.Locale;

/** What a chief of mission's role title says of the holder's standing (see {@code roles.tsv}). */
public enum Rank {
    AMBASSADOR, MINISTER, CHARGE, ACTING, NON_DIPLOMATIC, UNKNOWN;

    /**
     * Credentials of this rank evidence diplomatic relations: a diplomatic rank in title. Not a chargé ad interim: the
     * record files under that title the heads of interests sections while relations were broken (Algeria 1967–1974,
     * Yugoslavia 1993–1996), and relations opened under a chargé ad interim are dated by the record's own events.
     */
    public boolean evidencesRelations() {
        return this == AMBASSADOR || this == MINISTER || this == CHARGE;
    }

    /** A chief of mission in title: an acting chargé stands in for one and never ends or hides one's tenure. */
    public boolean isTitular() {
        return this != ACTING;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Rank fromSlug(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
