package org.chancery.mission;

import java.util.Locale;

/** What a chief of mission's role title says of the holder's standing (see {@code roles.tsv}). */
public enum Rank {
    AMBASSADOR, MINISTER, CHARGE, ACTING, NON_DIPLOMATIC, UNKNOWN;

    /** Credentials of this rank evidence diplomatic relations: a diplomatic rank, or a chargé standing in for one. */
    public boolean evidencesRelations() {
        return this == AMBASSADOR || this == MINISTER || this == CHARGE || this == ACTING;
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
