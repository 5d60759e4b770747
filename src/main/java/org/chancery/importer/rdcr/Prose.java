package org.chancery.importer.rdcr;

import java.util.List;
import org.chancery.date.DateMention;
import org.chancery.date.ProseDates;
import org.chancery.importer.rdcr.EntryGrammar.Mention;
import org.chancery.language.Lexicon;
import org.chancery.language.Token;

/**
 * A timeline entry's prose, read once: its tokens, the events they state ({@link EntryGrammar#mentions}), every
 * date it mentions and those of them that can date an event ({@link TimelineDating}). Why: the kind rules, the
 * dating, the joint events and the mission acts all look at the same prose; each reading it again made the
 * import tokenize every entry four times. Immutable.
 */
record Prose(String text, List<Token> tokens, List<Mention> mentions, List<DateMention> all, List<DateMention> eventDates) {
    Prose {
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        all = List.copyOf(all);
        eventDates = List.copyOf(eventDates);
    }

    static Prose read(String text) {
        String t = text == null ? "" : text;
        List<Token> tokens = t.isBlank() ? List.of() : Lexicon.standard().read(t);
        List<DateMention> all = ProseDates.find(t);
        return new Prose(t, tokens, EntryGrammar.mentions(t, tokens), all, TimelineDating.eventDates(all, tokens));
    }
}
