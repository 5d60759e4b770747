package org.chancery.mission;

import java.util.Locale;

/** The rank of a head of mission as the person records write it. */
public enum EnvoyRank {
    AMBASSADOR, MINISTER, CHARGE_D_AFFAIRES;

    /** {@code charge-d-affaires}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return slug();
    }
}
