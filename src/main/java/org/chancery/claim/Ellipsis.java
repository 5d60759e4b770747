package org.chancery.claim;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chancery.language.Concept;
import org.chancery.language.Token;

/**
 * Verb ellipsis: "Germany and Italy ... broke off diplomatic relations; Romania and Bulgaria
 * followed on Dec. 13", "Румыния и Болгария последовали их примеру 13 декабря". A word that says
 * the action before is done again ({@link Concept#REPEAT}, from the lexicons) is a claim of the
 * kind of the claim just before, for the states named as its subject, on its own date. Not when
 * the grammar found an action there ("Full diplomatic relations followed in March 1949"), nor
 * with no claim before.
 */
final class Ellipsis {
    private Ellipsis() {
    }

    static Set<Triggers.Trigger> find(List<Token> tokens, Sentence s, List<Triggers.Trigger> found, Found before) {
        Set<Triggers.Trigger> out = new LinkedHashSet<>();
        for (int i = s.from(); i < s.to(); i++) {
            Token t = tokens.get(i);
            if (!t.has(Concept.REPEAT)) continue;
            int at = i;
            if (found.stream().anyMatch(x -> x.action() == at || x.start() <= t.start() && t.start() < x.end())) continue;
            // the kind of the claim before: in this sentence, else the one read last
            Triggers.Trigger prior = null;
            for (Triggers.Trigger x : found) if (x.action() < at) prior = x;
            if (prior != null) out.add(new Triggers.Trigger(prior.kind(), i, t.start(), t.end()));
            else if (before != null) out.add(new Triggers.Trigger(before.kind(), i, t.start(), t.end()));
        }
        return out;
    }
}
