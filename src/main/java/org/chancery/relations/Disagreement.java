package org.chancery.relations;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.chancery.date.PartialDate;
import org.chancery.event.Citation;
import org.chancery.event.Event;
import org.chancery.event.EventKind;
import org.chancery.territory.TerritoryId;

/**
 * Sources that date one first establishment of a pair differently: the pair's two Wikipedia
 * articles, each of which gives the first establishment it knows (Afghanistan–Germany: 1922-10-16
 * in one, 1954-12-22 in the other). Relations count from the earliest date; from it until the
 * latest, the sources disagree whether the pair had relations.
 *
 * @param accounts  each source's date, earliest first
 * @param statement the disagreement in one sentence, every date named
 */
public record Disagreement(List<Account> accounts, String statement) {

    /** One source's date of the establishment. */
    public record Account(PartialDate date, String source, String url, String credit) {
        static Account of(Event e) {
            Citation c = e.citation();
            int hash = c.record().indexOf('#');
            return new Account(e.date(), hash > 0 ? c.record().substring(0, hash) : c.record(), c.url(), c.credit());
        }
    }

    public Disagreement {
        accounts = List.copyOf(accounts);
    }

    /**
     * The disagreement among the pair's first-establishment accounts, or null when they agree. Only
     * the Wikipedia tables give a first establishment per article; two of their events for one pair
     * are two dates for one event, never two events.
     */
    public static Disagreement among(List<Event> pairEvents) {
        List<Event> firsts = firstAccounts(pairEvents);
        if (firsts.size() < 2) return null;
        List<Account> accounts = firsts.stream().map(Account::of).toList();
        String dates = accounts.stream().map(a -> a.source() + " gives " + a.date()).collect(Collectors.joining(", "));
        return new Disagreement(accounts, "the sources disagree on when relations were established: " + dates
                + "; relations are counted from the earlier date");
    }

    /** The Wikipedia establishments of the pair, earliest first, when they give more than one date. */
    static List<Event> firstAccounts(List<Event> pairEvents) {
        List<Event> firsts = pairEvents.stream().filter(PairSources::isWikipedia).filter(e -> e.kind() == EventKind.RELATIONS_ESTABLISHED)
                .sorted(Comparator.comparing(Event::date)).toList();
        return firsts.stream().map(Event::date).distinct().count() > 1 ? firsts : List.of();
    }

    /**
     * The disagreements among events of many pairs, by pair (its two parties, as events list them).
     * Give the events through {@link PairSources#preferRecord} first: a pair whose relations
     * another source tells then has no Wikipedia account left, hence no disagreement.
     */
    public static Map<List<TerritoryId>, Disagreement> byPair(List<Event> events) {
        Map<List<TerritoryId>, List<Event>> firsts = new HashMap<>();
        for (Event e : events) {
            if (PairSources.isWikipedia(e) && e.kind() == EventKind.RELATIONS_ESTABLISHED) {
                firsts.computeIfAbsent(e.parties(), k -> new java.util.ArrayList<>()).add(e);
            }
        }
        Map<List<TerritoryId>, Disagreement> out = new HashMap<>();
        firsts.forEach((pair, list) -> {
            Disagreement d = list.size() < 2 ? null : among(list);
            if (d != null) out.put(pair, d);
        });
        return out;
    }

    /** True when the event is one of the accounts: a Wikipedia establishment at one of the dates in dispute. */
    public boolean concerns(Event e) {
        return PairSources.isWikipedia(e) && e.kind() == EventKind.RELATIONS_ESTABLISHED
                && accounts.stream().anyMatch(a -> a.date().equals(e.date()));
    }

    /** The accounts that give another date than this one, earliest first. */
    public List<Account> besides(PartialDate date) {
        return accounts.stream().filter(a -> !a.date().equals(date)).toList();
    }

    public PartialDate earliest() {
        return accounts.get(0).date();
    }

    public PartialDate latest() {
        return accounts.get(accounts.size() - 1).date();
    }
}
