package org.chancery.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chancery.date.DateMention;
import org.chancery.date.PartialDate;
import org.chancery.event.EventKind;
import org.chancery.language.Category;
import org.chancery.language.Concept;
import org.chancery.language.Lexicon;
import org.chancery.language.Sense;
import org.chancery.language.Token;
import org.chancery.mission.Tenure;
import org.chancery.person.Person;
import org.chancery.person.PersonId;
import org.chancery.store.RecordStore;
import org.chancery.territory.TerritoryId;

/**
 * Reads claims out of cleaned text in typed stages: tokens with senses ({@link Lexicon}),
 * sentences ({@link Sentence}), names ({@link NameFinder}, {@link PersonFinder}), dates
 * ({@link DateFinder}), then, sentence by sentence, the grammar's actions ({@link Triggers})
 * that are claimed ({@link Scope}), each taking the dates, names and persons nearest to it
 * ({@link Near}). The United States is the record's other party: a claim naming one other state
 * is about it and the United States. An envoy claim keeps only a date its own sentence states;
 * other claims need one. A question is no claim, unless the next sentence answers it.
 * Linear in the text: each stage is one pass, and each claim looks only at what stands near it.
 */
final class ClaimReader {
    /** How many sentences (the choices of a quiz) may stand between a question and its answer. */
    private static final int ANSWER_AFTER = 6;
    /** How far back, in characters, the person a pronoun stands for may be named. */
    private static final int REFERENT_REACH = 300;
    private static final Set<EventKind> ENVOY_KINDS = EnumSet.of(EventKind.ENVOY_APPOINTED, EventKind.CREDENTIALS_PRESENTED);
    private static final Set<EventKind> MISSION_KINDS = EnumSet.of(EventKind.MISSION_OPENED, EventKind.MISSION_CLOSED, EventKind.MISSION_RAISED);

    private final NameFinder names;
    private final PersonFinder persons;
    private final RecordStore store;

    ClaimReader(NameFinder names, PersonFinder persons, RecordStore store) {
        this.names = names;
        this.persons = persons;
        this.store = store;
    }

    List<Found> read(String text, LocalDate asOf, boolean onThisDay) {
        return read(text, asOf, onThisDay, new Work(), Deadline.NONE);
    }

    /**
     * As {@link #read(String, LocalDate, boolean)}, counting the work done beyond the text's single
     * pass, and asking the deadline between sentences whether to stop.
     */
    List<Found> read(String text, LocalDate asOf, boolean onThisDay, Work work, Deadline deadline) {
        return read(text, asOf, () -> onThisDay, work, deadline);
    }

    /** As above, asking whether the post is an "on this day" post only when it has an action to date. */
    List<Found> read(String text, LocalDate asOf, java.util.function.BooleanSupplier onThisDay, Work work, Deadline deadline) {
        return read(text, List.of(), asOf, onThisDay, work, deadline);
    }

    /** As above, for a post whose handles ("@USEmbDenmark", set aside before reading) may name its sender. */
    List<Found> read(String text, List<String> handles, LocalDate asOf, java.util.function.BooleanSupplier onThisDay, Work work,
                     Deadline deadline) {
        List<Token> tokens = Lexicon.standard().read(text);
        // most posts have no action, so no claim: their names and dates need not be looked for
        if (!Triggers.anyAction(tokens)) return new ArrayList<>();
        return stages(text, tokens, handles, asOf, onThisDay.getAsBoolean(), work, deadline);
    }

    /** Every stage, also for a text without an action: the plain path {@link #read} shortens, for comparing both. */
    List<Found> readEveryStage(String text, LocalDate asOf, boolean onThisDay) {
        return stages(text, Lexicon.standard().read(text), List.of(), asOf, onThisDay, new Work(), Deadline.NONE);
    }

    private List<Found> stages(String text, List<Token> tokens, List<String> handles, LocalDate asOf, boolean onThisDay, Work work, Deadline deadline) {
        List<Sentence> sentences = Sentence.split(text, tokens);
        List<Mention> people = persons.find(tokens);
        List<Mention> found = names.find(tokens);
        PersonFinder.untitled(text, people, found);
        List<Mention> places = withoutPersons(found, people);
        List<DateMention> dates = DateFinder.find(tokens, asOf, onThisDay);
        Pass pass = new Pass(text, tokens, places, people, dates, new Near(text), Parties.topic(places), work,
                Sender.of(handles, tokens, places, names).orElse(null));
        deadline.check();
        for (int i = 0; i < sentences.size(); i++) {
            deadline.check();
            Sentence s = sentences.get(i);
            Sentence prev = i > 0 ? sentences.get(i - 1) : null;
            if (question(tokens, s)) {
                int j = answer(tokens, sentences, i);
                if (j < 0 && listAnswers(tokens, sentences, i, places, dates)) j = i + 1;
                if (j > i) {
                    Sentence a = sentences.get(j);
                    // the choices between the question and its answer ("1) Джозеф Дэвис 2) Аверелл Гарриман") are no part of it
                    pass.gap(sentences.get(i + 1).start(), a.start());
                    pass.read(new Sentence(s.from(), a.to(), s.start(), a.end()), prev);
                    pass.gap(0, 0);
                    i = j;
                }
                continue;
            }
            pass.read(s, prev);
        }
        return pass.found();
    }

    /**
     * The claim with each party a name borne by several territories over time ("Yugoslavia")
     * resolved to the territory that bore it at the claim's date: the kingdom in 1930, the record's
     * serbia line (the Federal Republic) in 1999. Without a date, or when the date does not decide, the claim is as read.
     */
    private Found namedThen(Found f, String text, Map<TerritoryId, List<Mention>> sharedNames) {
        if (f.date() == null) return f;
        List<TerritoryId> parties = new ArrayList<>(f.parties());
        boolean changed = false;
        for (int i = 0; i < parties.size(); i++) {
            TerritoryId p = parties.get(i);
            for (Mention m : sharedNames.getOrDefault(p, List.of())) {
                Optional<TerritoryId> then = names.bearerOn(text.substring(m.start(), m.end()), f.date().start());
                if (then.isEmpty()) continue;
                if (!then.get().equals(p)) {
                    parties.set(i, then.get());
                    changed = true;
                }
                break;
            }
        }
        if (!changed) return f;
        List<TerritoryId> now = parties.size() == 2 ? Parties.pair(parties.get(0), parties.get(1)) : List.copyOf(parties);
        return new Found(f.kind(), now, f.persons(), f.date(), f.start(), f.end(), f.foreignEnvoy(), f.first(), f.scope(), f.named(), f.role());
    }

    /**
     * The text's places named by a name that several territories bore over time, by territory, in
     * the text's order: the only mentions {@link #namedThen} can resolve differently (for any other
     * name {@link NameFinder#bearerOn} finds no one). Made once a text, not once a claim: a long
     * text's claims would each scan all of its places.
     */
    private Map<TerritoryId, List<Mention>> sharedNames(String text, List<Mention> places) {
        Map<TerritoryId, List<Mention>> out = new HashMap<>();
        Map<String, Boolean> shared = new HashMap<>();
        for (Mention m : places) {
            if (m.territory() == null || (m.how() != Mention.How.NAME && m.how() != Mention.How.ALIAS)) continue;
            if (shared.computeIfAbsent(text.substring(m.start(), m.end()), names::sharedName)) {
                out.computeIfAbsent(m.territory(), k -> new ArrayList<>()).add(m);
            }
        }
        return out;
    }

    /** A place inside a person's name ("Washington Irving") is the person's; a one-word person that is a place is the place. */
    private static List<Mention> withoutPersons(List<Mention> places, List<Mention> people) {
        List<Mention> out = new ArrayList<>(places.size());
        int p = 0;
        for (Mention m : places) {
            while (p < people.size() && people.get(p).end() <= m.start()) p++;
            boolean inPerson = p < people.size() && people.get(p).start() <= m.start() && m.end() <= people.get(p).end()
                    && people.get(p).end() - people.get(p).start() > m.end() - m.start();
            if (!inPerson) out.add(m);
        }
        people.removeIf(x -> Near.within(out, Mention::start, x.start(), x.start() + 1).stream().anyMatch(m -> m.end() >= x.end()));
        return out;
    }

    /** A sentence ending in '?', unless it opens as a statement put as a question ("Did you know that ...?", "Знаете ли вы, что ...?"). */
    private static boolean question(List<Token> tokens, Sentence s) {
        if (!tokens.get(s.to() - 1).isPunct('?')) return false;
        for (int k = s.from(); k < Math.min(s.to(), s.from() + 5); k++) if (tokens.get(k).has(Concept.RHETORICAL)) return false;
        return true;
    }

    /**
     * The sentence answering the question at {@code q}: the next one, or one a few sentences on
     * that says it is the answer ("Правильный ответ: Джозеф Дэвис" after the choices), before any
     * other question; -1 if none.
     */
    private static int answer(List<Token> tokens, List<Sentence> sentences, int q) {
        for (int j = q + 1; j < Math.min(sentences.size(), q + 1 + ANSWER_AFTER); j++) {
            if (answers(tokens, sentences.get(j))) return j;
            if (question(tokens, sentences.get(j))) return -1;
        }
        return -1;
    }

    /**
     * "Who recognized the US first? France in Feb. 1778 …; the Dutch Republic on April 19, 1782; Sweden
     * in 1784": a sentence with no verb of its own listing states with dates answers the question
     * before it. Not a sentence that says a claim of its own, nor one naming fewer than two states or
     * no date, nor another question.
     */
    private static boolean listAnswers(List<Token> tokens, List<Sentence> sentences, int q, List<Mention> places, List<DateMention> dates) {
        if (q + 1 >= sentences.size()) return false;
        Sentence n = sentences.get(q + 1);
        // an item's own "when" clause ("the Dutch Republic on April 19, 1782, when it received John Adams") leaves the list verbless
        if (tokens.get(n.to() - 1).isPunct('?') || !Triggers.find(tokens, n).stream().allMatch(t -> Gapping.inWhenClause(tokens, n, t))) return false;
        long states = Near.within(places, Mention::start, n.start(), n.end()).stream()
                .filter(m -> m.how() != Mention.How.FLAG && m.how() != Mention.How.HANDLE).map(Mention::territory).distinct().count();
        return states >= 2 && !Near.within(dates, DateMention::start, n.start(), n.end()).isEmpty();
    }

    private static boolean answers(List<Token> tokens, Sentence s) {
        for (int k = s.from(); k < Math.min(s.to(), s.from() + 4); k++) if (tokens.get(k).has(Concept.ANSWER)) return true;
        return false;
    }

    /** One reading of a text: what the stages found, and the claims read so far. */
    private final class Pass {
        private final String text;
        private final List<Token> tokens;
        private final List<Mention> places;
        private final List<Mention> people;
        private final List<DateMention> dates;
        private final Near near;
        private final TerritoryId topic;
        private final List<Found> out = new ArrayList<>();
        private final Map<String, List<Found>> seen = new HashMap<>();
        private final Work work;
        /** The state the post speaks for ({@link Sender}), whose "our ambassador" it is, or null. */
        private final TerritoryId sender;
        /** Characters [gapStart, gapEnd) of the sentence read that are no part of it (a quiz's choices). */
        private int gapStart;
        private int gapEnd;

        void gap(int start, int end) {
            gapStart = start;
            gapEnd = end;
        }

        private boolean inGap(int start) {
            return start >= gapStart && start < gapEnd;
        }

        /** The person whose tenure in brackets is the claim being read ({@link Tenures}), else null. */
        private Mention tenureOf;

        /** The names read as no party ({@link Bystanders}): a protecting power is never the state a claim falls back on. */
        private final Set<Mention> bystanders = new java.util.HashSet<>();

        private List<Mention> withoutBystanders() {
            return bystanders.isEmpty() ? places : places.stream().filter(m -> !bystanders.contains(m)).toList();
        }

        /** The last envoy or credentials claim read, whose post a successor takes. */
        private Found lastEnvoy;

        /** {@link #sharedNames}, made at the first claim. */
        private Map<TerritoryId, List<Mention>> sharedNames;

        Pass(String text, List<Token> tokens, List<Mention> places, List<Mention> people, List<DateMention> dates, Near near,
             TerritoryId topic, Work work, TerritoryId sender) {
            this.work = work;
            this.sender = sender;
            this.text = text;
            this.tokens = tokens;
            this.places = places;
            this.people = people;
            this.dates = dates;
            this.near = near;
            this.topic = topic;
        }

        List<Found> found() {
            return out;
        }

        void read(Sentence s, Sentence prev) {
            List<Triggers.Trigger> triggers = new ArrayList<>(Triggers.find(tokens, s, work));
            Set<Triggers.Trigger> inherited = Succession.find(tokens, s, triggers, lastEnvoy, people);
            Set<Triggers.Trigger> repeated = Ellipsis.find(tokens, s, triggers, out.isEmpty() ? null : out.get(out.size() - 1));
            Map<Triggers.Trigger, Mention> tenures = Tenures.find(tokens, s, triggers, people, places);
            if (!inherited.isEmpty() || !repeated.isEmpty() || !tenures.isEmpty()) {
                triggers.addAll(inherited);
                triggers.addAll(repeated);
                triggers.addAll(tenures.keySet());
                triggers.sort(Comparator.comparingInt(Triggers.Trigger::start));
            }
            int lastUntil = Scope.lastUntil(tokens, s);
            triggers.removeIf(t -> Scope.takenBack(tokens, s, t, lastUntil, work) || inGap(t.start()));
            List<int[]> references = NounActions.dropReferences(tokens, s, triggers);
            if (triggers.isEmpty()) return;
            List<DateMention> unitDates = Near.within(dates, DateMention::start, s.start(), s.end());
            Holding.keepStarts(tokens, s, triggers, unitDates);
            if (triggers.isEmpty()) return;
            List<Mention> unitPlaces = new ArrayList<>(inside(places, s));
            unitPlaces.addAll(Parties.anaphora(tokens, s, prev, places));
            unitPlaces.sort(Comparator.comparingInt(Mention::start));
            unitPlaces.removeIf(m -> {
                if (!Bystanders.is(tokens, s, triggers, m)) return NounActions.inReference(references, m);
                bystanders.add(m);
                return true;
            });
            if (gapEnd > gapStart) {
                unitPlaces.removeIf(m -> inGap(m.start()));
                unitDates = unitDates.stream().filter(d -> !inGap(d.start())).toList();
            }
            Map<Triggers.Trigger, List<Mention>> placesOf = assign(unitPlaces, Mention::start, Mention::end, triggers, false);
            Coordination.keepLists(tokens, unitPlaces, triggers, placesOf);
            Gapping.keepItemsOfWhen(tokens, s, triggers, unitPlaces, placesOf);
            // a date goes with the verb and what follows it ("Relations with Japan were severed on Dec. 8"), not an object before it
            Map<Triggers.Trigger, List<DateMention>> datesOf = assign(unitDates, DateMention::start, DateMention::end, triggers, true);
            ClauseDates.adjust(tokens, s, triggers, datesOf, unitDates);
            Holding.dateStarts(tokens, s, triggers, datesOf, unitDates);
            borrowParties(triggers, placesOf, unitPlaces);
            boolean credentials = triggers.stream().anyMatch(x -> x.kind() == EventKind.CREDENTIALS_PRESENTED);
            for (Triggers.Trigger t : triggers) {
                if (inherited.contains(t)) {
                    succeed(s, t, datesOf.getOrDefault(t, List.of()));
                    continue;
                }
                if (repeated.contains(t)) {
                    repeat(t, placesOf.getOrDefault(t, List.of()), datesOf.getOrDefault(t, List.of()));
                    continue;
                }
                tenureOf = tenures.get(t);
                claim(s, t, credentials, unitPlaces, placesOf.getOrDefault(t, List.of()), datesOf.getOrDefault(t, List.of()),
                        shared(t, triggers, datesOf), unitDates);
            }
        }

        /**
         * The date the sentence gives its first dated action, which an undated one shares ("prevented its
         * recognition and the establishment of relations ... until May 1992"); never an action's contrary's
         * ("had been closed once before and reopened in January 2002": the closing is undated).
         */
        private PartialDate shared(Triggers.Trigger t, List<Triggers.Trigger> triggers, Map<Triggers.Trigger, List<DateMention>> datesOf) {
            for (Triggers.Trigger x : triggers) {
                List<DateMention> d = datesOf.getOrDefault(x, List.of());
                if (!d.isEmpty()) return x.kind().contrary(t.kind()) ? null : d.get(0).date();
            }
            return null;
        }

        /**
         * "В 1943 году его сменил Андрей Громыко", "Avraham Harman took over in September 1959":
         * a successor takes the post of the envoy claim just before, its parties and whose envoy;
         * only with a date of its own.
         */
        private void succeed(Sentence s, Triggers.Trigger t, List<DateMention> myDates) {
            Found before = lastEnvoy;
            if (myDates.isEmpty() || before == null) return;
            Mention who = null;
            if (!before.foreignEnvoy()) {
                List<Mention> beside = near.nearest(people, Mention::start, Mention::end, t.start(), t.end()).stream()
                        .filter(m -> m.start() >= s.start() && m.end() <= s.end() && !m.possessive()
                                && near.distance(m.start(), m.end(), t.start(), t.end()) <= Succession.PERSON_REACH).toList();
                who = beside.isEmpty() ? null : atPost(beside.get(0), before.parties());
            }
            List<PersonId> ids = who == null || who.persons().size() != 1 ? List.of() : List.of(who.persons().get(0).id());
            String named = who != null ? text.substring(who.start(), who.end()) : null;
            if (!ids.isEmpty() && ids.equals(before.persons()) && before.kind() == EventKind.ENVOY_APPOINTED) {
                // "Правильный ответ: Джозеф Дэвис, назначенный в 1933 году": the same envoy again, no successor; it dates an undated claim
                int at = out.lastIndexOf(before);
                if (before.date() == null && at >= 0) {
                    Found dated = new Found(before.kind(), before.parties(), before.persons(), myDates.get(0).date(), before.start(),
                            Math.max(before.end(), myDates.get(0).end()), before.foreignEnvoy(), before.first(), before.scope(),
                            before.named(), before.role());
                    out.set(at, dated);
                    lastEnvoy = dated;
                }
                return;
            }
            add(new Found(EventKind.ENVOY_APPOINTED, before.parties(), ids, myDates.get(0).date(), Math.min(t.start(), myDates.get(0).start()),
                    Math.max(t.end(), myDates.get(0).end()), before.foreignEnvoy(), false, before.scope(), named, before.role()));
        }

        /**
         * The action before done again ({@link Ellipsis}): by each state named before the verb, with
         * the other party of the claim before (the United States when it was one); only with a date of its own.
         */
        private void repeat(Triggers.Trigger t, List<Mention> myPlaces, List<DateMention> myDates) {
            if (myDates.isEmpty() || out.isEmpty()) return;
            Found before = out.get(out.size() - 1);
            List<Mention> subjects = myPlaces.stream().filter(m -> m.end() <= t.start() && m.how() != Mention.How.FLAG
                    && m.how() != Mention.How.HANDLE && !before.parties().contains(m.territory())).toList();
            if (subjects.isEmpty() || !before.parties().contains(TerritoryId.UNITED_STATES)) return;
            for (Mention m : subjects) {
                add(new Found(t.kind(), Parties.pair(TerritoryId.UNITED_STATES, m.territory()), List.of(), myDates.get(0).date(),
                        Math.min(m.start(), t.start()), Math.max(t.end(), myDates.get(0).end()), false, false,
                        text.substring(m.start(), m.end()), null, before.role()));
            }
        }

        private void claim(Sentence s, Triggers.Trigger t, boolean credentials, List<Mention> unitPlaces,
                           List<Mention> myPlaces, List<DateMention> myDates, PartialDate shared, List<DateMention> unitDates) {
            boolean envoy = ENVOY_KINDS.contains(t.kind());
            // "prevented its recognition and the establishment of relations ... until May 1992": one date for both
            PartialDate date = !myDates.isEmpty() ? myDates.get(0).date() : envoy ? null : shared;
            if (date == null && !envoy) return;
            // an appointment the sentence gives no date of, beside the presentation of credentials it does date, adds nothing
            if (date == null && t.kind() == EventKind.ENVOY_APPOINTED && credentials) return;
            Envoys.Reading rank = envoy
                    ? Envoys.read(tokens, s, t.action(), Near.within(unitPlaces, Mention::start, t.start() - Near.REACH, t.end() + Near.REACH), sender)
                    : null;
            // "our ambassador" in a post whose sender is unknown: whose envoy it is is not guessed
            if (rank != null && rank.ours() && rank.owner() == null) return;
            boolean toUs = rank != null && rank.owner() == null && TerritoryId.UNITED_STATES.equals(rank.post());
            boolean foreign = rank != null && rank.foreign() || toUs;
            boolean pronoun = false;
            for (int k = t.action() - 1; k >= Math.max(s.from(), t.action() - 4); k--) pronoun |= tokens.get(k).has(Concept.PRONOUN);
            List<List<TerritoryId>> pairs = rank != null && rank.owner() != null && !rank.owner().equals(TerritoryId.UNITED_STATES)
                    ? List.of(Parties.pair(rank.owner(), rank.post() != null ? rank.post() : TerritoryId.UNITED_STATES))
                    : rank != null && rank.post() != null && !toUs ? List.of(Parties.pair(TerritoryId.UNITED_STATES, rank.post()))
                    : Parties.of(text, tokens, unitDates, t, myPlaces, envoy, pronoun, near, out, withoutBystanders(), topic);
            boolean usNamed = rank != null && (TerritoryId.UNITED_STATES.equals(rank.owner()) || TerritoryId.UNITED_STATES.equals(rank.post()))
                    || myPlaces.stream().anyMatch(m -> m.territory().equals(TerritoryId.UNITED_STATES));
            if (!usNamed && !foreign) pairs = Discourse.pairOf(pairs, out, places, t.start());
            if (pairs.size() > 1) pairs = Gapping.whenOfItem(tokens, s, t, unitPlaces, pairs);
            int pronounObject = t.kind() == EventKind.RECOGNITION ? RecognizedPronoun.at(tokens, s, t.action()) : -1;
            if (pronounObject >= 0) {
                pairs = RecognizedPronoun.pairs(text, tokens, s, t.action(), pronounObject, unitPlaces, places, dates);
                if (pairs.isEmpty()) return;
            }
            // "посольство СССР в Вашингтоне": the other state's mission in the United States, not the U.S. mission the record holds
            Envoys.Reading mission = MISSION_KINDS.contains(t.kind()) ? Envoys.mission(tokens, s, t.action(),
                    Near.within(unitPlaces, Mention::start, t.start() - Near.REACH, t.end() + Near.REACH), sender) : null;
            foreign |= mission != null && (mission.foreign() || mission.inTheUnitedStates());
            List<Mention> listed = pairs.size() < 2 ? List.of() : Parties.listed(text, tokens, unitDates,
                    myPlaces.stream().filter(m -> !m.territory().equals(TerritoryId.UNITED_STATES)
                                    && m.how() != Mention.How.FLAG && m.how() != Mention.How.HANDLE)
                            .sorted(Comparator.comparingInt(Mention::start)).toList());
            List<DateMention> nearDates = Near.within(unitDates, DateMention::start, t.start() - Near.REACH, t.end() + 2 * Near.REACH);
            for (List<TerritoryId> pair : pairs) {
                TerritoryId other = pair.get(0).equals(TerritoryId.UNITED_STATES) ? pair.get(1) : pair.get(0);
                PartialDate own = Gapping.dateOf(other, listed, nearDates);
                PartialDate when = own != null ? own : date;
                Mention who = !envoy || foreign ? null : tenureOf != null ? atPost(tenureOf, pair)
                        : rank != null && rank.named() != null && titled(rank) != null ? atPost(titled(rank), pair) : person(s, t, pair);
                // taking up a post is an envoy's act only when the text names the envoy or the rank ("the new president took up his post")
                if (who == null && rank == null && tokens.get(t.action()).has(Concept.TAKE_UP)) continue;
                List<PersonId> ids = who == null || who.persons().size() != 1 ? List.of() : List.of(who.persons().get(0).id());
                String scope = myPlaces.stream().filter(m -> pair.contains(m.territory()) && !m.territory().equals(TerritoryId.UNITED_STATES))
                        .map(m -> text.substring(m.start(), m.end())).findFirst().orElse(null);
                int from = t.start();
                int to = t.end();
                for (Mention m : myPlaces) {
                    from = Math.min(from, m.start());
                    to = Math.max(to, m.end());
                }
                if (!myDates.isEmpty()) {
                    from = Math.min(from, myDates.get(0).start());
                    to = Math.max(to, myDates.get(0).end());
                }
                if (who != null) {
                    from = Math.min(from, who.start());
                    to = Math.max(to, who.end());
                }
                // "the first ambassador"; relations "for the first time", "впервые", "first established" (SCORING.md: a first-time claim is contradicted by another date)
                boolean first = t.kind() == EventKind.ENVOY_APPOINTED ? rank != null && rank.first()
                        : t.kind().isRelationsStart() && saysFirst(s);
                // the name right after the rank ("Amb. Gerard's") is the one the text gives for the envoy, not a
                // capitalised word elsewhere that resolves to no one ("Read Amb. Gerard's description …")
                boolean rankNames = rank != null && rank.named() != null;
                String named = who != null && !(ids.isEmpty() && rankNames) ? text.substring(who.start(), who.end()) : rankNames ? rank.named() : null;
                // another state's envoy is no person of the record: the name before the verb is the one the record's prose may state
                if (named == null && foreign && envoy) named = Envoys.subject(tokens, s, t.action(), unitPlaces);
                String role = rank == null ? "ambassador" : rank.role();
                add(new Found(t.kind(), pair, ids, when, from, to, foreign, first, scope, named, role));
            }
        }

        /**
         * Each item of the sentence goes to the trigger nearest it, if within reach; each trigger's
         * items nearest first. One pass over the items.
         */
        private <T> Map<Triggers.Trigger, List<T>> assign(List<T> items, java.util.function.ToIntFunction<T> start,
                                                           java.util.function.ToIntFunction<T> end, List<Triggers.Trigger> all,
                                                           boolean fromVerb) {
            Map<Triggers.Trigger, List<T>> out = new HashMap<>();
            for (T x : items) {
                work.add(1);
                Triggers.Trigger t = closest(start.applyAsInt(x), end.applyAsInt(x), all, fromVerb);
                if (t != null && distance(start.applyAsInt(x), end.applyAsInt(x), t, fromVerb) <= Near.REACH) {
                    out.computeIfAbsent(t, k -> new ArrayList<>()).add(x);
                }
            }
            for (Map.Entry<Triggers.Trigger, List<T>> e : out.entrySet()) {
                Triggers.Trigger t = e.getKey();
                e.getValue().sort(Comparator.comparingInt(x -> distance(start.applyAsInt(x), end.applyAsInt(x), t, fromVerb)));
            }
            return out;
        }

        private int distance(int s, int e, Triggers.Trigger t, boolean fromVerb) {
            if (!fromVerb) return near.distance(s, e, t.start(), t.end());
            Token verb = tokens.get(t.action());
            return near.distance(s, e, verb.start(), Math.max(verb.end(), t.end()));
        }

        /**
         * A claim whose own words name no other state takes it from the sentence: the subject
         * named before the first claim ("Moscow recognized ... and established relations with
         * Beijing"; "США признали ... и установили отношения с Казахстаном"), and the state of the
         * nearest sibling claim ("recognized the independence of Belarus and established relations with it").
         */
        private void borrowParties(List<Triggers.Trigger> triggers, Map<Triggers.Trigger, List<Mention>> placesOf, List<Mention> unitPlaces) {
            if (triggers.isEmpty()) return;
            Mention subject = null;
            for (Mention m : unitPlaces) {
                if (m.end() <= triggers.get(0).start() && m.how() != Mention.How.FLAG && m.how() != Mention.How.HANDLE) {
                    subject = m;
                    break;
                }
            }
            for (Triggers.Trigger t : triggers) {
                List<Mention> mine = placesOf.computeIfAbsent(t, k -> new ArrayList<>());
                boolean allAfter = mine.stream().allMatch(m -> m.start() >= t.start());
                if (subject != null && allAfter && !mine.contains(subject)) mine.add(subject);
            }
            for (Triggers.Trigger t : triggers) {
                List<Mention> mine = placesOf.get(t);
                if (mine.stream().anyMatch(m -> !m.territory().equals(TerritoryId.UNITED_STATES))) continue;
                Triggers.Trigger sibling = null;
                for (Triggers.Trigger o : triggers) {
                    if (o == t || placesOf.get(o).stream().allMatch(m -> m.territory().equals(TerritoryId.UNITED_STATES))) continue;
                    if (sibling == null || Math.abs(o.start() - t.start()) < Math.abs(sibling.start() - t.start())) sibling = o;
                }
                if (sibling != null) {
                    placesOf.get(sibling).stream().filter(m -> !m.territory().equals(TerritoryId.UNITED_STATES) && !mine.contains(m))
                            .findFirst().ifPresent(m -> mine.add(Mention.territory(m.start(), m.end(), m.territory(), Mention.How.ANAPHORA)));
                }
            }
        }

        /**
         * The trigger nearest a span. Distance only grows with each step away, so it is one of the
         * triggers starting just before or just after the span (or one that overlaps it).
         */
        private Triggers.Trigger closest(int s, int e, List<Triggers.Trigger> all, boolean fromVerb) {
            Triggers.Trigger best = null;
            int bd = Integer.MAX_VALUE;
            int at = Near.lowerBound(all, Triggers.Trigger::start, s);
            for (Triggers.Trigger t : all.subList(Math.max(0, at - 2), Math.min(all.size(), at + 2))) {
                int d = distance(s, e, t, fromVerb);
                if (d < bd) {
                    best = t;
                    bd = d;
                }
            }
            return best;
        }

        /** The sentence says the act happened for the first time: "first", "for the first time", "впервые". */
        private boolean saysFirst(Sentence s) {
            for (int k = s.from(); k < s.to(); k++) {
                Token w = tokens.get(k);
                if (w.has(Concept.FIRST_TIME)) return true;
                Sense ord = w.sense(Category.ORDINAL);
                if (ord != null && ord.arg() == 1) return true;
            }
            return false;
        }

        /**
         * The envoy the claim names: of the persons in the sentence, the nearest one who held the
         * post, else the nearest; its candidates narrowed to those who held the post when several share the name.
         */
        private Mention person(Sentence s, Triggers.Trigger t, List<TerritoryId> pair) {
            TerritoryId post = pair.get(0).equals(TerritoryId.UNITED_STATES) ? pair.get(1) : pair.get(0);
            Mention referent = referent(s, t);
            if (referent != null) return atPost(referent, pair);
            List<Mention> inSentence = near.nearest(people, Mention::start, Mention::end, t.start(), t.end()).stream()
                    .filter(m -> m.start() >= s.start() && m.end() <= s.end() && !m.possessive() && !inGap(m.start())).toList();
            if (inSentence.isEmpty()) return null;
            for (Mention m : inSentence) {
                List<Person> atPost = m.persons().stream()
                        .filter(p -> store.tenuresOf(p.id()).stream().map(Tenure::post).anyMatch(post::equals)).toList();
                if (!atPost.isEmpty()) return Mention.person(m.start(), m.end(), atPost.size() == 1 ? atPost : m.persons(), false);
            }
            return inSentence.get(0);
        }

        /**
         * The person a "he"/"she" ("он", "она") just before the action stands for: the last person
         * named before the pronoun, in this sentence or the one before it ("Льюэллин Томпсон был
         * послом дважды. Впервые он вручил верительные грамоты"), not one named after it ("... а в
         * 1961-м его сменил Фой Колер"); null when the subject is no such pronoun.
         */
        private Mention referent(Sentence s, Triggers.Trigger t) {
            int pronoun = -1;
            for (int k = t.action() - 1; k >= Math.max(s.from(), t.action() - 3); k--) {
                if (tokens.get(k).has(Concept.HE)) {
                    pronoun = k;
                    break;
                }
            }
            if (pronoun < 0) return null;
            int at = tokens.get(pronoun).start();
            List<Mention> before = Near.within(people, Mention::start, Math.max(0, at - REFERENT_REACH), at);
            for (int k = before.size() - 1; k >= 0; k--) {
                Mention m = before.get(k);
                if (!m.possessive() && m.end() <= at && !inGap(m.start())) return m;
            }
            return null;
        }

        /** The person named right after the rank or beside it between commas ("Amb. Gerard", "today's ambassador, Nicholas Burns,"), or null. */
        private Mention titled(Envoys.Reading rank) {
            int after = tokens.get(rank.rank()).end();
            for (Mention m : Near.within(people, Mention::start, after, after + 4)) if (!inGap(m.start())) return m;
            return null;
        }

        /** A person mention narrowed to the candidates who held the post of the pair, when some did. */
        private Mention atPost(Mention m, List<TerritoryId> pair) {
            TerritoryId post = pair.get(0).equals(TerritoryId.UNITED_STATES) ? pair.get(1) : pair.get(0);
            List<Person> held = m.persons().stream()
                    .filter(p -> store.tenuresOf(p.id()).stream().map(Tenure::post).anyMatch(post::equals)).toList();
            return held.isEmpty() ? m : Mention.person(m.start(), m.end(), held, false);
        }

        private List<Mention> inside(List<Mention> all, Sentence s) {
            return Near.within(all, Mention::start, s.start(), s.end()).stream().filter(m -> m.end() <= s.end()).toList();
        }

        /** A claim that restates an earlier one (same kind family, parties, persons, agreeing date) is dropped. */
        private void add(Found found) {
            if (sharedNames == null) sharedNames = sharedNames(text, places);
            Found f = namedThen(found, text, sharedNames);
            String key = (f.kind().isRelationsStart() ? "start" : f.kind().name()) + f.parties() + f.persons() + f.foreignEnvoy()
                    + (f.date() == null ? "-" : String.valueOf(f.date().year()));
            List<Found> same = seen.computeIfAbsent(key, k -> new ArrayList<>());
            for (Found o : same) {
                if (o.date() == null ? f.date() == null : f.date() != null && o.date().agreesWith(f.date())) {
                    // a claim said again is the one read before: a successor takes its post
                    if (ENVOY_KINDS.contains(f.kind()) && out.contains(o)) lastEnvoy = o;
                    return;
                }
            }
            if (ENVOY_KINDS.contains(f.kind())) lastEnvoy = f;
            same.add(f);
            out.add(f);
        }
    }
}
