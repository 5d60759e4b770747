package org.chancery.event;

import java.util.Arrays;
import java.util.Locale;
import org.chancery.error.InvalidInputException;

/**
 * The fixed vocabulary of event kinds. {@link #TREATY} (treaties, conventions, agreements,
 * accessions) and {@link #STATE_CHANGE} (independence, unification, joining a federation,
 * dissolution, annexation, colonial control) belong to the record's timeline only: they are no
 * evidence of the state of relations and no claim is read as one. {@link #OTHER} is left for
 * entries that are essays rather than events. {@link #TOOK_CHARGE} is a head of mission without
 * diplomatic rank (principal officer, agent, commissioner) taking charge: no credentials, no evidence of relations.
 */
public enum EventKind {
    RECOGNITION, RELATIONS_ESTABLISHED, RELATIONS_RESUMED, RELATIONS_SEVERED,
    MISSION_OPENED, MISSION_RAISED, MISSION_CLOSED, ENVOY_APPOINTED, CREDENTIALS_PRESENTED, TOOK_CHARGE,
    TREATY, STATE_CHANGE, VISIT, OTHER;

    /** {@code relations-established}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static EventKind fromSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new InvalidInputException("kind", slug,
                        "expected one of " + String.join(", ", Arrays.stream(values()).map(EventKind::slug).toList())));
    }

    /** Established and resumed are one family: the record may call "resumed" what a post calls "established". */
    public boolean sameFamily(EventKind other) {
        return this == other || (isRelationsStart() && other.isRelationsStart());
    }

    /** Kinds that tell the story of a pair's relations; envoys, credentials and visits are the many small facts around it. */
    public boolean isRelationsKind() {
        return this != ENVOY_APPOINTED && this != CREDENTIALS_PRESENTED && this != TOOK_CHARGE && this != VISIT;
    }

    /** Treaties and changes of state: the context of a pair's timeline, never evidence of the state of relations. */
    public boolean isContext() {
        return this == TREATY || this == STATE_CHANGE;
    }

    /** A mission opened, raised or closed. */
    public boolean isMission() {
        return this == MISSION_OPENED || this == MISSION_RAISED || this == MISSION_CLOSED;
    }

    public boolean isRelationsStart() {
        return this == RELATIONS_ESTABLISHED || this == RELATIONS_RESUMED;
    }

    @Override
    public String toString() {
        return slug();
    }
}
