package org.chancery.mission;

import java.util.Locale;

/** The kind of U.S. mission in a territory on a day; README defines each. */
public enum MissionKind {
    EMBASSY("embassy"),
    LEGATION("legation"),
    INTERESTS_SECTION("interests section"),
    LIAISON_OFFICE("liaison office"),
    CONSULATE("consulate only"),
    NONE("no U.S. mission"),
    /** The record does not say. */
    UNKNOWN("not stated in the record");

    private final String description;

    MissionKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static MissionKind fromSlug(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
