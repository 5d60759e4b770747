package org.chancery.importer.rdcr;

import java.util.List;
import java.util.Optional;
import org.chancery.date.DateMention;
import org.chancery.event.EventKind;
import org.chancery.importer.rdcr.EntryGrammar.Mention;
import org.chancery.importer.rdcr.EntryGrammar.Polarity;
import org.chancery.language.Category;
import org.chancery.language.Token;

/**
 * The kind of an rdcr timeline entry, read from its head and its whole prose through
 * {@link EntryGrammar} (the language layer's tokens; the words are data in
 * {@code org/chancery/language/en.tsv}).
 *
 * <ol>
 *   <li>A head that states an event decides the kind: its first event ("Establishment of Diplomatic
 *       Relations and the American Legation" is first of all relations established; "Embassy Moved
 *       to Nanjing" is a move, which no kind describes: {@code other}).</li>
 *   <li>Negation is read in the whole entry: when the prose speaks of the head's event only to deny
 *       it or suppose it ("did not recognize", "would have constituted recognition"), the entry is
 *       not that event. A head that denies ("No Diplomatic Relations Established") is not either.</li>
 *   <li>A head that names a first envoy ("First U.S. Minister to ...") is an envoy appointed.</li>
 *   <li>Otherwise the prose decides: the first clause that affirms an event, and in it the event
 *       highest in {@link EntryGrammar#PRIORITY}.</li>
 * </ol>
 */
public final class KindRules {
    private KindRules() {
    }

    /**
     * What an entry is: its kind, the mentions of that event its prose affirms (they date it), those
     * it plans or agrees (they date it when the affirmed ones do not), for an entry that denies
     * its event, the denying words, and the prose as read (the dating and the second events look at it again).
     */
    record Reading(EventKind kind, List<Mention> stated, List<Mention> agreed, String denial, Prose prose) {
        boolean negated() {
            return denial != null;
        }
    }

    /** The kind of a timeline entry, {@link EventKind#OTHER} when it states no event of the vocabulary. */
    public static EventKind classify(String head, String text) {
        return read(head, text, null).kind();
    }

    /**
     * Reads an entry. With the head's year, the prose's mentions dated only to other years are left
     * aside: "formally recognized ... on May 19, 1993" does not make a 1975 entry a recognition.
     */
    static Reading read(String head, String text, Integer headYear) {
        Prose prose = Prose.read(text);
        List<Token> headTokens = EntryGrammar.tokens(head);
        List<Mention> inHead = EntryGrammar.inHead(head, headTokens);
        List<Mention> inProse = prose.mentions();
        if (headYear != null) {
            List<DateMention> dates = prose.eventDates();
            inProse = inProse.stream().filter(m -> {
                List<DateMention> own = TimelineDating.in(dates, m);
                return own.isEmpty() || own.stream().anyMatch(d -> d.date().year() == headYear);
            }).toList();
        }
        if (!inHead.isEmpty()) {
            Mention h = headEvent(inHead);
            if (h.polarity() == Polarity.DENIED) return new Reading(EventKind.OTHER, List.of(), List.of(), h.cue(), prose);
            return about(h.kind(), inProse, headYear, true, prose);
        }
        if (names(headTokens, Category.RANK)) return about(EventKind.ENVOY_APPOINTED, inProse, headYear, false, prose);
        if (names(headTokens, Category.MISSION)) return about(EventKind.MISSION_OPENED, inProse, headYear, false, prose);
        Optional<Mention> first = firstAffirmed(inProse);
        if (first.isPresent()) return about(first.get().kind(), inProse, headYear, false, prose);
        Optional<Mention> denied = inProse.stream()
                .filter(m -> m.kind() != EventKind.OTHER && m.polarity() == Polarity.DENIED).findFirst();
        return new Reading(EventKind.OTHER, List.of(), List.of(), denied.map(Mention::cue).orElse(null), prose);
    }

    /**
     * The head's event: its first, except that the state of relations comes before the timeline's
     * context ("Dissolution of the United Arab Republic and Recognition of Syria" is a recognition).
     */
    private static Mention headEvent(List<Mention> inHead) {
        return inHead.stream().filter(m -> m.kind() != EventKind.OTHER && !m.kind().isContext()).findFirst().orElse(inHead.get(0));
    }

    /**
     * The entry is about this kind: the prose's affirmed mentions of it date it. When the head
     * stated the event and the prose only denies it, the entry is not that event; when the head
     * has no year and the prose never affirms it, nothing dates it ("U.S. Recognition of Andorra":
     * "a bilateral treaty ..., which would have legally constituted recognition").
     */
    private static Reading about(EventKind kind, List<Mention> inProse, Integer headYear, boolean stated, Prose prose) {
        List<Mention> same = inProse.stream().filter(m -> m.kind().sameFamily(kind)).toList();
        List<Mention> affirmed = same.stream().filter(Mention::affirmed).toList();
        // "agreed to reestablish diplomatic relations" on a date: an agreement dates the event when nothing else does
        List<Mention> agreed = same.stream().filter(m -> m.polarity() == Polarity.PLANNED).toList();
        if (kind == EventKind.OTHER || !affirmed.isEmpty() || !stated) return new Reading(kind, affirmed, agreed, null, prose);
        Optional<Mention> denied = same.stream().filter(m -> m.polarity() == Polarity.DENIED).findFirst();
        if (denied.isPresent()) return new Reading(EventKind.OTHER, List.of(), List.of(), denied.get().cue(), prose);
        if (headYear == null && !same.isEmpty()) return new Reading(EventKind.OTHER, List.of(), List.of(), same.get(0).cue(), prose);
        return new Reading(kind, affirmed, agreed, null, prose);
    }

    /** In the first clause that affirms events, the one highest in priority. */
    private static Optional<Mention> firstAffirmed(List<Mention> prose) {
        Mention best = null;
        for (Mention m : prose) {
            if (!m.affirmed()) continue;
            if (best != null && m.clauseStart() != best.clauseStart()) break;
            if (best == null || EntryGrammar.PRIORITY.indexOf(m.kind()) < EntryGrammar.PRIORITY.indexOf(best.kind())) best = m;
        }
        return Optional.ofNullable(best);
    }

    /**
     * A head that names a first envoy or a post and no act: "First U.S. Minister to Kingdom of Yemen"
     * (an ordinal and a rank) is the envoy's appointment; "Consulates in Scotland", "U.S. Consulate at
     * Algiers, 1796-1962" (a mission) is the post's history, dated by its opening.
     */
    private static boolean names(List<Token> ts, Category what) {
        if (ts.stream().anyMatch(t -> t.is(Category.ACTION))) return false;
        boolean named = ts.stream().anyMatch(t -> t.is(what));
        return what == Category.RANK ? named && ts.stream().anyMatch(t -> t.is(Category.ORDINAL)) : named;
    }
}
