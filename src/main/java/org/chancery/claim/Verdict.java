package org.chancery.claim;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What the record says of a claim. */
public enum Verdict {
    /** The record holds this event for these parties (or this person in this role) and its date agrees. */
    SUPPORTED,
    /** The record clearly holds the event the claim is about, but the date or the person disagrees. */
    CONTRADICTED,
    /** Nothing in the record bears on it. */
    UNVERIFIABLE;

    @JsonValue
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Verdict fromSlug(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
