package org.chancery.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chancery.date.DateMention;
import org.chancery.language.Category;
import org.chancery.language.Concept;
import org.chancery.language.Token;
import org.chancery.territory.TerritoryId;

/**
 * The parties of a claim. The United States is the record's other party: with it named, the
 * other state named nearest is the claim's; a list of states ("Estonia, Latvia and Lithuania",
 * "Germany and Italy ... the US") makes one claim each; two other states without it are a
 * relation between them ("France and England", "between X and Y"). A claim that names no other
 * state is about the state of the claim before it ("the two countries"), else the last named
 * before it, else the post's flag or handle ("🇩🇰", "@USEmbDenmark").
 */
final class Parties {
    /** How far back, in names, a claim that names no state looks for the one the text was last about. */
    private static final int LOOK_BACK = 50;

    private Parties() {
    }

    /**
     * @param pronoun the claim's subject is a pronoun ("it did not recognize ... until"): the state
     *                named first in the sentence, not the nearest, is meant
     */
    static List<List<TerritoryId>> of(String text, List<Token> tokens, List<DateMention> dates, Triggers.Trigger t, List<Mention> mine,
                                      boolean envoy, boolean pronoun, Near near, List<Found> earlier, List<Mention> allPlaces,
                                      TerritoryId topic) {
        List<Mention> byPosition = mine.stream().sorted(Comparator.comparingInt(Mention::start)).toList();
        boolean us = byPosition.stream().anyMatch(m -> m.territory().equals(TerritoryId.UNITED_STATES));
        List<Mention> others = byPosition.stream().filter(m -> !m.territory().equals(TerritoryId.UNITED_STATES)).toList();
        List<TerritoryId> listed = listed(text, tokens, dates, others).stream().map(Mention::territory).distinct().toList();
        Comparator<Mention> order = Comparator.comparingInt((Mention m) -> strength(m.how()))
                .thenComparingInt(m -> pronoun ? m.start() : near.distance(m.start(), m.end(), t.start(), t.end()));
        Set<TerritoryId> distinct = new LinkedHashSet<>();
        others.stream().sorted(order).forEach(m -> distinct.add(m.territory()));
        List<List<TerritoryId>> out = new ArrayList<>();
        if (listed.size() >= 3 || us && listed.size() >= 2 || itemsOnly(text, tokens, dates, others)) {
            for (TerritoryId x : listed) out.add(pair(TerritoryId.UNITED_STATES, x));
        } else if (!us && distinct.size() >= 2 && !envoy) {
            var it = distinct.iterator();
            out.add(pair(it.next(), it.next()));
        } else if (!distinct.isEmpty()) {
            out.add(pair(TerritoryId.UNITED_STATES, distinct.iterator().next()));
        } else if (!earlier.isEmpty()) {
            out.add(earlier.get(earlier.size() - 1).parties()); // "the two countries"
        } else {
            TerritoryId before = lastBefore(allPlaces, t.start());
            if (before != null) out.add(pair(TerritoryId.UNITED_STATES, before));
            else if (topic != null) out.add(pair(TerritoryId.UNITED_STATES, topic));
        }
        return out;
    }

    /**
     * Every state of the claim is an item of one list whose items carry their own dates ("the Cook
     * Islands in September and Niue in October"; "Лондон — 1893, Токио — 1906"): one claim each with
     * the United States, not a relation between them ("Estonia and Latvia established relations" is).
     */
    private static boolean itemsOnly(String text, List<Token> tokens, List<DateMention> dates, List<Mention> others) {
        List<Mention> named = others.stream().filter(m -> m.how() != Mention.How.FLAG && m.how() != Mention.How.HANDLE).toList();
        List<Mention> items = listed(text, tokens, dates, named);
        return items.size() >= 2 && items.size() == named.size() && Gapping.gapped(items, dates)
                && items.stream().map(Mention::territory).distinct().count() >= 2;
    }

    /** The last state other than the United States named before a position. */
    private static TerritoryId lastBefore(List<Mention> places, int pos) {
        int i = Near.lowerBound(places, Mention::start, pos) - 1;
        for (int n = 0; i >= 0 && n < LOOK_BACK; i--, n++) {
            Mention m = places.get(i);
            if (m.end() <= pos && !m.territory().equals(TerritoryId.UNITED_STATES)) return m.territory();
        }
        return null;
    }

    /** The state a post is about by its flags and handles: the first one other than the United States. */
    static TerritoryId topic(List<Mention> places) {
        for (Mention m : places) {
            if ((m.how() == Mention.How.FLAG || m.how() == Mention.How.HANDLE) && !m.territory().equals(TerritoryId.UNITED_STATES)) {
                return m.territory();
            }
        }
        return null;
    }

    /**
     * "The new country", "the new nation", "the young republic": the state the previous sentence
     * was about (its first named state), standing where the phrase stands.
     */
    static List<Mention> anaphora(List<Token> tokens, Sentence s, Sentence prev, List<Mention> places) {
        if (prev == null) return List.of();
        List<Mention> out = new ArrayList<>();
        for (int k = s.from() + 1; k + 1 < s.to(); k++) {
            Token adj = tokens.get(k);
            Token noun = tokens.get(k + 1);
            if (!tokens.get(k - 1).has(Concept.ARTICLE) || !noun.has(Concept.STATE)) continue;
            if (!(adj.word().equals("new") || adj.word().equals("young") || adj.word().equals("newly"))) continue;
            Near.within(places, Mention::start, prev.start(), prev.end()).stream()
                    .filter(p -> !p.territory().equals(TerritoryId.UNITED_STATES))
                    .filter(p -> p.how() == Mention.How.NAME || p.how() == Mention.How.ALIAS).findFirst()
                    .ifPresent(p -> out.add(Mention.territory(adj.start(), noun.end(), p.territory(), Mention.How.ANAPHORA)));
        }
        return out;
    }

    /** Names and aliases say more than demonyms and capitals ("Russian objections", "Treaty of Paris"). */
    private static int strength(Mention.How how) {
        return switch (how) {
            case NAME, ALIAS, ANAPHORA -> 0;
            case DEMONYM -> 1;
            default -> 2;
        };
    }

    /** The longest run of states named as a list: "Uzbekistan, Moldova, Azerbaijan, and Tajikistan", "Эстонии, Латвии и Литвы". */
    static List<Mention> listed(String text, List<Token> tokens, List<DateMention> dates, List<Mention> others) {
        List<Mention> best = List.of();
        List<Mention> run = new ArrayList<>();
        Mention prev = null;
        for (Mention m : others) {
            if (prev != null && (glue(tokens, prev.end(), m.start())
                    || Gapping.datedGlue(tokens, dates, prev.end(), m.start()) && !Gapping.ownClause(tokens, dates, m.end())
                    || Gapping.nextItem(tokens, dates, prev, m))) {
                run.add(m);
            } else {
                run = new ArrayList<>(List.of(m));
            }
            if (run.size() > best.size()) best = List.copyOf(run);
            prev = m;
        }
        return best;
    }

    /** Only commas, "and", "or", "&" and articles between two names ("Estonia, Latvia and the Czech Republic", "Эстонии, Латвии и Литвы"). */
    private static boolean glue(List<Token> tokens, int from, int to) {
        for (int k = Near.lowerBound(tokens, Token::start, from); k < tokens.size() && tokens.get(k).start() < to; k++) {
            Token t = tokens.get(k);
            if (!(t.isPunct(',') || t.isPunct('&') || t.has(Concept.AND) || t.has(Concept.OR) || t.has(Concept.ARTICLE))) return false;
        }
        return true;
    }

    static List<TerritoryId> pair(TerritoryId a, TerritoryId b) {
        return a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
    }

}
