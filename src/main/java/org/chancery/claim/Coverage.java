package org.chancery.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chancery.event.Event;
import org.chancery.event.EventKind;

/**
 * What the record covers: a pair's events end somewhere (Ukraine's with the embassy's opening in
 * 1992). An act dated after every event the record holds for the pair, which follows an undoing
 * that is itself beyond the record, is beyond it too: the record neither supports nor contradicts
 * it. The undoing is the record's own last event ("the embassy in Kabul reopened in 2030" after the
 * record's 2021 suspension), or one the text states after the record's end ("In February 2022 the
 * embassy suspended operations …; it reopened in Kyiv in May 2022"). Without it, a later date is the
 * record's act misdated ("Relations were re-established on 12 November 2001", after a 1999 break
 * the record holds and its November 2000 re-establishment): contradicted, as before.
 */
final class Coverage {
    private Coverage() {
    }

    /**
     * The record's last event of the pair, when the claim lies beyond it after an undoing also beyond
     * the record; else empty.
     * @param post the claims read from the same text (an undoing it states)
     */
    static Optional<Event> beyond(Found f, List<Event> pair, List<Found> post) {
        if (f.date() == null) return Optional.empty();
        // the story of the pair's relations; visits, treaties and essays go on after it and say nothing of its missions
        List<Event> story = pair.stream().filter(e -> e.kind().isRelationsKind() && !e.kind().isContext() && e.kind() != EventKind.OTHER).toList();
        if (story.isEmpty()) return Optional.empty();
        LocalDate end = story.stream().map(e -> e.date().end()).max(LocalDate::compareTo).orElseThrow();
        if (!f.date().start().isAfter(end)) return Optional.empty();
        List<Event> last = story.stream().filter(e -> e.date().end().equals(end)).toList();
        boolean recordUndid = last.stream().anyMatch(e -> e.kind().contrary(f.kind()));
        boolean textUndid = post.stream().anyMatch(g -> g != f && g.kind().contrary(f.kind()) && g.parties().equals(f.parties())
                && g.date() != null && g.date().start().isAfter(end) && !g.date().start().isAfter(f.date().start()));
        return recordUndid || textUndid ? Optional.of(last.get(0)) : Optional.empty();
    }
}
