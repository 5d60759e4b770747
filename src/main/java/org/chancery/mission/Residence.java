package org.chancery.mission;

import java.util.Locale;

/** Where the chief of mission in post lives, as far as the record says. */
public enum Residence {
    /** The record names no other residence and no other post held at the time. */
    RESIDENT("resident"),
    /** The record says so: "resident at Stockholm", "non-resident". */
    ACCREDITED_ELSEWHERE("accredited from elsewhere"),
    /** In post at another post at the same time; the record does not say where the chief lived. */
    CONCURRENT("also accredited to another post; residence not stated"),
    NO_CHIEF("no chief of mission in post");

    private final String description;

    Residence(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
