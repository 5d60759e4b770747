package org.chancery.relations;

import java.util.Locale;

/** What the record says of a pair on a date. */
public enum RelationState {
    /** Nothing in the record yet. */
    NONE("no relations on record"),
    /** Recognized, without diplomatic relations on record yet. */
    RECOGNIZED("recognized, no diplomatic relations yet"),
    /** Diplomatic relations in force. */
    DIPLOMATIC_RELATIONS("diplomatic relations"),
    /** Relations severed, interrupted or suspended. */
    SEVERED("relations severed or interrupted"),
    /** Relations by one source's date of their establishment, not yet by another's ({@link Disagreement}). */
    SOURCES_DISAGREE("the sources disagree: relations established by one source's date, not yet by another's");

    private final String description;

    RelationState(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
