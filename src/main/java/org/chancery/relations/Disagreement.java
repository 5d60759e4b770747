package org.chancery.relations;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.chancery.date.PartialDate;
import org.chancery.event.Citation;
import org.chancery.event.Event;
import org.chancery.event.EventKind;

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

    public PartialDate earliest() {
        return accounts.get(0).date();
    }

    public PartialDate latest() {
        return accounts.get(accounts.size() - 1).date();
    }
}
