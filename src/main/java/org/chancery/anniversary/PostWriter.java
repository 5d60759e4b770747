package org.chancery.anniversary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chancery.event.Citation;
import org.chancery.event.Event;
import org.chancery.event.EventKind;
import org.chancery.relations.Disagreement;
import org.chancery.relations.PairSources;
import org.chancery.person.Person;
import org.chancery.store.RecordStore;
import org.chancery.territory.Gazetteer;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;

/**
 * Writes an "N years ago" post for a day from the record alone: templates filled with the
 * record's events, never free text. The headline is the event of that day (a round anniversary
 * first, relations before missions); the context is what the record holds for the same pair
 * just before it (the last change of relations) and just after it (the first credentials
 * presented and missions opened within two years). Every factual sentence cites its event.
 */
public final class PostWriter {
    private static final Set<EventKind> HEADLINE_KINDS = EnumSet.of(EventKind.RECOGNITION, EventKind.RELATIONS_ESTABLISHED,
            EventKind.RELATIONS_RESUMED, EventKind.RELATIONS_SEVERED, EventKind.MISSION_RAISED, EventKind.MISSION_OPENED,
            EventKind.MISSION_CLOSED);
    private static final Set<EventKind> CHANGES = EnumSet.of(EventKind.RECOGNITION, EventKind.RELATIONS_ESTABLISHED,
            EventKind.RELATIONS_RESUMED, EventKind.RELATIONS_SEVERED);
    private static final int NEAREST = 5;

    private final RecordStore store;
    private final Gazetteer gazetteer;

    public PostWriter(RecordStore store, Gazetteer gazetteer) {
        this.store = store;
        this.gazetteer = gazetteer;
    }

    /**
     * The post for a day.
     *
     * @param party    only events of this territory, or null for any
     * @param lang     {@code en} or {@code ru}
     * @param hashtags appended as written ("#OTD"); a missing "#" is added
     */
    public Post write(LocalDate day, TerritoryId party, String lang, List<String> hashtags) {
        Phrases phrases = Phrases.of(lang);
        List<String> tags = hashtags == null ? List.of() : hashtags.stream().map(h -> h.startsWith("#") ? h : "#" + h).toList();
        List<Event> pool = PairSources.preferRecord(party == null ? store.allEvents() : store.eventsOf(party)).stream()
                .filter(e -> HEADLINE_KINDS.contains(e.kind())).toList();
        List<Event> today = AnniversaryCalendar.onDay(pool, day).stream().sorted(headlineOrder(day)).toList();
        if (today.isEmpty()) return nothingThatDay(day, phrases, pool, tags);

        Event headline = today.get(0);
        Wording w = Wording.of(phrases);
        Builder post = new Builder(phrases);
        Clauses clauses = clauses(headline, phrases, w);
        int years = day.getYear() - headline.date().year();
        List<Event> pair = store.events(headline.parties().get(0), headline.parties().get(1));
        Disagreement disputed = disputed(pair, headline);
        Citation cited = headline.citation();
        // a date only one of two articles gives is that article's word, not a settled fact: the headline says whose it is
        post.add(w.fill(disputed == null ? "headline" : "headline.disputed", Map.of("ago", phrases.yearsAgo(years),
                "on", phrases.on(headline.date()), "clause", clauses.of(headline, person(headline)), "article", article(cited))), headline);
        Map<String, String> quote = new HashMap<>(clauses.parties());
        quote.put("quote", cited.quote());
        // a Wikipedia row is named as such: CC BY-SA facts are shown as Wikipedia's, never as the record's words
        if (cited.needsAttribution()) quote.put("article", article(cited));
        post.add(w.fill(cited.needsAttribution() ? "quote.wikipedia" : "quote", quote), headline);
        if (disputed != null) otherDates(post, w, phrases, pair, headline, disputed, clauses.parties());
        before(pair, headline).ifPresent(e -> post.add(capital(w.fill("before", Map.of("on", phrases.on(e.date()),
                "clause", clauses(e, phrases, w).of(e, person(e))))), e));
        for (Event e : after(pair, headline)) {
            post.add(capital(w.fill("later", Map.of("on", phrases.on(e.date()), "clause", clauses(e, phrases, w).of(e, person(e))))), e);
        }
        for (int i = 1; i < Math.min(today.size(), 3); i++) {
            Event also = today.get(i);
            int n = day.getYear() - also.date().year();
            post.add(w.fill("also", Map.of("on", phrases.on(also.date()), "ago", phrases.yearsAgo(n).toLowerCase(java.util.Locale.ROOT),
                    "clause", clauses(also, phrases, w).of(also, person(also)))), also);
            List<Event> alsoPair = store.events(also.parties().get(0), also.parties().get(1));
            Disagreement d = disputed(alsoPair, also);
            if (d != null) otherDates(post, w, phrases, alsoPair, also, d, clauses(also, phrases, w).parties());
        }
        return new Post(day, phrases.lang(), post.sentences, post.sources, tags, List.of());
    }

    private Post nothingThatDay(LocalDate day, Phrases phrases, List<Event> pool, List<String> tags) {
        List<Event> nearest = pool.stream().filter(e -> e.date().precision() == org.chancery.date.Precision.DAY)
                .filter(e -> e.date().year() < day.getYear())
                .sorted(Comparator.comparingLong((Event e) -> distance(e, day)).thenComparing(Event::date)).limit(NEAREST).toList();
        String notice = Wording.of(phrases).fill("nothing", Map.of());
        List<Post.Sentence> s = new ArrayList<>();
        s.add(new Post.Sentence(notice, List.of(), false));
        return new Post(day, phrases.lang(), s, List.of(), tags, nearest);
    }

    /** Days between the event's anniversary nearest to the day and the day. */
    static long distance(Event e, LocalDate day) {
        long best = Long.MAX_VALUE;
        for (int y = day.getYear() - 1; y <= day.getYear() + 1; y++) {
            if (y <= e.date().year()) continue;
            best = Math.min(best, Math.abs(ChronoUnit.DAYS.between(day, AnniversaryCalendar.on(e.date(), y).start())));
        }
        return best;
    }

    private Comparator<Event> headlineOrder(LocalDate day) {
        return Comparator.comparing((Event e) -> (day.getYear() - e.date().year()) % 5 != 0)
                .thenComparing(e -> !CHANGES.contains(e.kind()))
                .thenComparing(e -> !e.involves(TerritoryId.UNITED_STATES))
                .thenComparing(Event::date).thenComparing(Event::id);
    }

    /** The pair's sources' disagreement on the date of the establishment when the event is one of the dates, else null. */
    private static Disagreement disputed(List<Event> pair, Event e) {
        Disagreement d = Disagreement.among(PairSources.forState(pair));
        return d != null && d.concerns(e) ? d : null;
    }

    /** One sentence per other source's date of the same establishment, naming both parties and citing that source's row. */
    private static void otherDates(Builder post, Wording w, Phrases phrases, List<Event> pair, Event e, Disagreement d,
                                   Map<String, String> parties) {
        String key = e.date().equals(d.earliest()) ? "disagree.later" : "disagree.earlier";
        for (Disagreement.Account other : d.besides(e.date())) {
            Event row = pair.stream().filter(x -> d.concerns(x) && x.date().equals(other.date())
                    && article(x.citation()).equals(other.source())).findFirst().orElseThrow();
            Map<String, String> v = new HashMap<>(parties);
            v.put("other", other.source());
            v.put("on", phrases.on(other.date()));
            post.add(w.fill(key, v), row);
        }
    }

    /** The article a Wikipedia row comes from ("Foreign relations of Germany"); the record's id for other sources. */
    private static String article(Citation c) {
        int hash = c.record().indexOf('#');
        return hash > 0 ? c.record().substring(0, hash) : c.record();
    }

    /** The last change of relations of the pair before the headline, of another kind than it. */
    private static Optional<Event> before(List<Event> pair, Event headline) {
        Event found = null;
        for (Event e : pair) {
            if (!e.date().start().isBefore(headline.date().start())) break;
            if (CHANGES.contains(e.kind()) && e.kind() != headline.kind()) found = e;
        }
        return Optional.ofNullable(found);
    }

    /** The first credentials presented and the first mission opened or raised within two years after the headline. */
    private static List<Event> after(List<Event> pair, Event headline) {
        LocalDate limit = headline.date().end().plusYears(2);
        List<Event> out = new ArrayList<>();
        for (EventKind k : List.of(EventKind.CREDENTIALS_PRESENTED, EventKind.MISSION_OPENED, EventKind.MISSION_RAISED)) {
            if (k == headline.kind()) continue;
            pair.stream().filter(e -> e.kind() == k && e.date().start().isAfter(headline.date().end())
                    && !e.date().start().isAfter(limit)).findFirst().ifPresent(out::add);
        }
        out.sort(Comparator.comparing(Event::date));
        return out;
    }

    private Clauses clauses(Event e, Phrases phrases, Wording w) {
        TerritoryId first = e.involves(TerritoryId.UNITED_STATES) ? TerritoryId.UNITED_STATES : e.parties().get(0);
        TerritoryId second = e.counterpart(first);
        LocalDate on = e.date().start();
        Map<String, String> parties = new HashMap<>();
        names("a", first, on, phrases, parties);
        names("b", second, on, phrases, parties);
        return new Clauses(phrases, w, parties);
    }

    /** The party's name in each case slot ("b", "b.gen", … "b.loc"): the language's table, else the gazetteer's name as it is. */
    private void names(String slot, TerritoryId id, LocalDate on, Phrases phrases, Map<String, String> into) {
        String plain = gazetteer.byId(id).map((Territory t) -> t.shortNameOn(on, phrases.lang())).orElse(id.value());
        Optional<RussianWords.Forms> forms = phrases.territory(id, on);
        for (RussianWords.Case c : RussianWords.Case.values()) {
            String key = c == RussianWords.Case.NOM ? slot : slot + "." + c.name().toLowerCase(java.util.Locale.ROOT);
            into.put(key, forms.map(f -> f.in(c)).orElse(c == RussianWords.Case.LOC ? "in " + plain : plain));
        }
    }

    private Optional<Person> person(Event e) {
        return e.persons().isEmpty() ? Optional.empty() : store.person(e.persons().get(0));
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Collects sentences and numbers each distinct source once. */
    private static final class Builder {
        final List<Post.Sentence> sentences = new ArrayList<>();
        final List<Citation> sources = new ArrayList<>();
        final Phrases phrases;

        Builder(Phrases phrases) {
            this.phrases = phrases;
        }

        void add(String text, Event cited) {
            List<Integer> numbers = new ArrayList<>();
            for (Citation c : cited.citations()) {
                int n = sources.indexOf(c);
                if (n < 0) {
                    sources.add(c);
                    n = sources.size() - 1;
                }
                numbers.add(n + 1);
            }
            sentences.add(new Post.Sentence(text, List.copyOf(numbers), true));
        }
    }
}
