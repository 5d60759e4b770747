package org.chancery.importer.rdcr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chancery.date.DateMention;
import org.chancery.event.EventKind;
import org.chancery.importer.rdcr.EntryGrammar.Mention;
import org.chancery.importer.rdcr.EntryGrammar.Polarity;

/**
 * The second event an entry states as one act with its first: "recognized the Republic and
 * established diplomatic relations on July 3, 1992", "arrangements for U.S. recognition of the GDR
 * and the establishment of diplomatic relations, which occurred on September 4, 1974". A
 * recognition and a start of relations are the pair a joint act makes; each is an event of the
 * pair's story, so the record keeps both.
 *
 * <p>The second event is the entry's only when the prose states both in words that carry the
 * entry's own date: a mention of each, affirmed (or agreed, when the first event too is only
 * agreed), whose clause holds the very date that dates the entry, or for the second a clause of
 * the first's sentence that has no date of its own ("..., when it recognized the island nation's
 * independence"). A date the head's year lent an
 * entry whose prose never states its event ("U.S. Recognition of Hungarian Independence, 1921":
 * "Establishment of relations had to await termination of the state of war, which took place ...
 * on July 2, 1921") makes no joint act. Relations spoken of as background
 * ("the improvement of relations between the two German governments"), denied ("did not
 * establish relations until"), or dated otherwise ("recognized ... in 1919; relations were
 * established in 1920") give no second event.
 */
final class JointEvents {
    /** The kinds a joint act states together: a recognition and a start of relations. */
    private static final Set<EventKind> JOINT = Set.of(EventKind.RECOGNITION, EventKind.RELATIONS_ESTABLISHED, EventKind.RELATIONS_RESUMED);

    private JointEvents() {
    }

    /**
     * The other kinds the entry states on its date, beside its own kind: empty for most entries.
     *
     * @param reading the entry's reading (its kind, the mentions that date it, its prose as read)
     * @param at      where in the prose the entry's date stands (-1 when it came from the head alone)
     */
    static List<EventKind> alongside(KindRules.Reading reading, int at) {
        List<EventKind> out = new ArrayList<>();
        if (reading.negated() || at < 0 || !JOINT.contains(reading.kind())) return out;
        List<DateMention> dates = reading.prose().eventDates();
        List<Mention> mentions = reading.prose().mentions();
        boolean firstOnlyAgreed = reading.stated().isEmpty();
        // the entry's date is its own event's, said in words that state it: not a date the head's year lent it
        List<Mention> first = (firstOnlyAgreed ? reading.agreed() : reading.stated()).stream().filter(m -> datedAt(dates, m, at)).toList();
        if (first.isEmpty()) return out;
        for (Mention m : mentions) {
            EventKind k = m.kind();
            if (!JOINT.contains(k) || k.sameFamily(reading.kind()) || out.stream().anyMatch(k::sameFamily)) continue;
            boolean said = m.polarity() == Polarity.AFFIRMED || firstOnlyAgreed && m.polarity() == Polarity.PLANNED;
            if (said && (datedAt(dates, m, at) || undatedBeside(dates, m, first))) out.add(k);
        }
        return out;
    }

    /**
     * "recognized Australia on January 8, 1940, when the Governments ... announced the establishment
     * of bilateral diplomatic relations": a clause with no date of its own, in the sentence of the
     * first event's dated clause, is dated by it.
     */
    private static boolean undatedBeside(List<DateMention> dates, Mention m, List<Mention> first) {
        return TimelineDating.own(dates, m).isEmpty() && first.stream().anyMatch(f -> f.sentenceStart() == m.sentenceStart());
    }

    private static boolean datedAt(List<DateMention> dates, Mention m, int at) {
        return TimelineDating.own(dates, m).stream().anyMatch(d -> d.start() == at);
    }
}
