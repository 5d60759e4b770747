package org.chancery.claim;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chancery.event.EventKind;
import org.chancery.language.Concept;
import org.chancery.language.Token;

/**
 * A succession or appointment whose clause names no rank takes the post from the claim before
 * it: "Льюэллин Томпсон ... вручил верительные грамоты ... в 1961-м его сменил Фой Колер";
 * "Abba Eban served as Israel's ambassador ... Avraham Harman took over in September 1959";
 * "His predecessor, Mikhail Menshikov, had been appointed in 1957". Only with an envoy claim
 * read before it and a person named beside the verb: "The Taliban took over Kabul in 1996" and
 * "a commission was appointed in 1950" name no one and take no post; nor does a sentence that
 * names a rank of its own no claim took.
 */
final class Succession {
    /** How far, in characters, the person may stand from the verb. */
    static final int PERSON_REACH = 60;
    /** How far, in tokens, an unknown name may stand from the verb. */
    static final int NAME_WORDS = 4;

    private Succession() {
    }

    static Set<Triggers.Trigger> find(List<Token> tokens, Sentence s, List<Triggers.Trigger> found, Found lastEnvoy, List<Mention> people) {
        Set<Triggers.Trigger> out = new LinkedHashSet<>();
        for (int i = s.from(); i < s.to(); i++) {
            Token t = tokens.get(i);
            if (!t.has(Concept.SUCCEED) && !t.has(Concept.APPOINT)) continue;
            int at = i;
            if (found.stream().anyMatch(x -> x.action() == at)) continue;
            boolean envoyBefore = lastEnvoy != null || found.stream().anyMatch(x -> x.action() < at
                    && (x.kind() == EventKind.ENVOY_APPOINTED || x.kind() == EventKind.CREDENTIALS_PRESENTED));
            if (!envoyBefore || ownRank(tokens, s, found, i)) continue;
            if (!personBeside(people, s, t) && !nameBeside(tokens, s, i)) continue;
            out.add(new Triggers.Trigger(EventKind.ENVOY_APPOINTED, i, t.start(), t.end()));
        }
        return out;
    }

    /**
     * A rank before the verb in its sentence that no claim took ("The Vatican's first pro-nuncio
     * in Washington, Archbishop Pio Laghi, was appointed"): the sentence names its own post, which
     * may be another state's, so it is not the post of the claim before.
     */
    private static boolean ownRank(List<Token> tokens, Sentence s, List<Triggers.Trigger> found, int verb) {
        for (int k = s.from(); k < verb; k++) {
            if (!tokens.get(k).is(org.chancery.language.Category.RANK)) continue;
            int start = tokens.get(k).start();
            if (found.stream().noneMatch(x -> x.start() <= start && start < x.end())) return true;
        }
        return false;
    }

    /** A name the record may not know ("Avraham Harman", "Андрей Громыко"): two capitalised words with no sense, beside the verb. */
    private static boolean nameBeside(List<Token> tokens, Sentence s, int verb) {
        for (int k = Math.max(s.from(), verb - NAME_WORDS); k + 1 < Math.min(s.to(), verb + NAME_WORDS + 2); k++) {
            if (k == verb || k + 1 == verb) continue;
            if (name(tokens.get(k)) && name(tokens.get(k + 1)) && tokens.get(k + 1).start() - tokens.get(k).end() <= 1) return true;
        }
        return false;
    }

    private static boolean name(Token t) {
        return t.shape() == org.chancery.language.Shape.WORD && t.capitalized() && t.senses().isEmpty() && t.text().length() > 1;
    }

    private static boolean personBeside(List<Mention> people, Sentence s, Token verb) {
        int from = Math.max(s.start(), verb.start() - PERSON_REACH);
        int to = Math.min(s.end(), verb.end() + PERSON_REACH);
        for (Mention m : Near.within(people, Mention::start, from, to)) if (m.end() <= to && !m.possessive()) return true;
        return false;
    }
}
