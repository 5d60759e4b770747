package org.chancery.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.chancery.date.DateMention;
import org.chancery.date.PartialDate;
import org.chancery.event.EventKind;
import org.chancery.text.Sentences;
import org.chancery.mission.Tenure;
import org.chancery.person.Person;
import org.chancery.person.PersonId;
import org.chancery.store.RecordStore;
import org.chancery.territory.TerritoryId;

/**
 * Reads claims out of cleaned text, sentence by sentence. Each trigger takes the dates, names
 * and persons nearest to it in its sentence (a comma or semicolon between counts as distance),
 * so "France recognized Haiti in 1825, ... until 1862 for the United States to recognize Haiti"
 * gives two claims with their own parties and years. The United States is the record's other
 * party: a claim naming one territory is about it and the United States. An envoy claim keeps
 * only a date its own sentence states; other claims need one, in the sentence or referred to.
 */
final class ClaimReader {
    private static final Set<EventKind> ENVOY_KINDS = EnumSet.of(EventKind.ENVOY_APPOINTED, EventKind.CREDENTIALS_PRESENTED);
    /** Another state's envoy: a role "to the United States", or sent "to Washington". */
    private static final Pattern TO_US = Pattern.compile("(?iuU)(?:ambassador|minister|envoy|representative|plenipotentiary|charg[ée]\\S*)"
            + "[^.;]{0,30}?\\bto\\s+(?:the\\s+)?(?:united\\s+states|u\\.s\\.|us|america)\\b|\\bto\\s+washington\\b|\\bв\\s+(?:сша|вашингтон)");
    private static final Pattern FIRST = Pattern.compile("(?iuU)\\bfirst\\b|впервые");
    private static final int CLAUSE_PENALTY = 25;
    private static final Pattern NAME_AFTER_RANK = Pattern.compile(
            "(?uU)\\b(?:[Aa]mbassador|[Mm]inister|[Ee]nvoy|[Cc]harg[ée] d[’']affaires|[Пп]осол|[Пп]осланник|[Пп]олпред)\\s+(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?)");
    private static final Pattern PRONOUN = Pattern.compile("(?iuU)(?:^|[\\s,])(?:it|they|its government)\\s+(?:\\p{L}+\\s+){0,3}$");
    private static final Pattern RANK = Pattern.compile("(?iuU)\\b(?:ambassador|minister|envoy|chargé|charge)\\b");
    private static final Pattern NEW_STATE = Pattern.compile("(?iuU)\\bthe\\s+(?:new|young|newly\\s+independent)\\s+(?:nation|country|state|republic)\\b");
    private static final Pattern LIST_GLUE = Pattern.compile("(?iuU)\\s*(?:,|and|or|,\\s*and|,\\s*or)\\s*");

    private final NameFinder names;
    private final PersonFinder persons;
    private final RecordStore store;

    ClaimReader(NameFinder names, PersonFinder persons, RecordStore store) {
        this.names = names;
        this.persons = persons;
        this.store = store;
    }

    List<Found> read(String text, LocalDate asOf, Deadline deadline) {
        List<Tokens.Token> tokens = Tokens.of(text);
        List<Mention> places = names.find(tokens);
        List<Mention> people = persons.find(tokens);
        List<DateMention> dates = DateFinder.find(text, asOf);
        List<Found> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Sentences.endOfSentenceFrom(text, start);
            if (end <= start) break;
            readSentence(text, start, end, places, people, dates, out, deadline);
            start = end;
        }
        return dedupe(out);
    }

    private void readSentence(String text, int s, int e, List<Mention> places, List<Mention> people, List<DateMention> dates,
                              List<Found> out, Deadline deadline) {
        List<Triggers.Trigger> triggers = new ArrayList<>(Triggers.find(text, s, e));
        triggers.removeIf(t -> Triggers.hedged(text, s, e, t));
        if (triggers.isEmpty()) return;
        List<Mention> sentencePlaces = new ArrayList<>(places.stream().filter(m -> m.start() >= s && m.end() <= e).toList());
        sentencePlaces.addAll(anaphora(text, s, e, places));
        PartialDate shared = null;
        for (Triggers.Trigger t : triggers) {
            List<DateMention> d = nearestDates(text, dates, s, e, t, triggers);
            if (!d.isEmpty()) {
                shared = d.get(0).date();
                break;
            }
        }
        for (Triggers.Trigger t : triggers) {
            deadline.check();
            List<Mention> myPlaces = nearest(text, sentencePlaces, s, e, t, triggers);
            List<DateMention> myDates = nearestDates(text, dates, s, e, t, triggers);
            boolean envoy = ENVOY_KINDS.contains(t.kind());
            // "prevented its recognition and the establishment of relations ... until May 1992": one date for both
            PartialDate date = !myDates.isEmpty() ? myDates.get(0).date() : envoy ? null : shared;
            if (date == null && !envoy) continue;
            boolean foreign = envoy && TO_US.matcher(text.substring(s, e)).find();
            for (List<TerritoryId> pair : parties(t, myPlaces, text, out, places)) {
                Mention who = envoy && !foreign ? person(text, people, s, e, t, pair) : null;
                List<PersonId> ids = who == null || who.persons().size() != 1 ? List.of() : List.of(who.persons().get(0).id());
                String scope = myPlaces.stream().filter(m -> !m.territory().equals(TerritoryId.UNITED_STATES))
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
                boolean first = (t.kind() == EventKind.ENVOY_APPOINTED || t.kind().isRelationsStart()) && FIRST.matcher(text.substring(s, e)).find();
                String named = who == null ? unresolvedName(text, s, e, t, sentencePlaces) : text.substring(who.start(), who.end());
                java.util.regex.Matcher rank = RANK.matcher(text.substring(s, e));
                String role = rank.find() ? rank.group().toLowerCase(java.util.Locale.ROOT) : "ambassador";
                out.add(new Found(t.kind(), pair, ids, date, from, to, foreign, first, scope, named, role));
            }
        }
    }

    /**
     * A name the record does not hold, standing where an envoy's name stands ("Ambassador Smith",
     * "посол Буллит"): kept so that the verdict compares it with the record's holder of the post
     * instead of taking the post's holder for it.
     */
    private static String unresolvedName(String text, int s, int e, Triggers.Trigger t, List<Mention> places) {
        java.util.regex.Matcher m = NAME_AFTER_RANK.matcher(text.substring(s, e));
        while (m.find()) {
            int at = s + m.start(1);
            boolean isPlace = places.stream().anyMatch(p -> p.start() <= at && at < p.end());
            if (!isPlace) return m.group(1);
        }
        return null;
    }

    /**
     * "The new country", "the new nation": the state the previous sentence was about (its first
     * named state), standing where the phrase stands.
     */
    private static List<Mention> anaphora(String text, int s, int e, List<Mention> places) {
        List<Mention> out = new ArrayList<>();
        java.util.regex.Matcher m = NEW_STATE.matcher(text.substring(s, e));
        while (m.find()) {
            int prevStart = previousSentenceStart(text, s);
            places.stream().filter(p -> p.start() >= prevStart && p.end() <= s && !p.territory().equals(TerritoryId.UNITED_STATES))
                    .filter(p -> p.how().equals("name") || p.how().equals("alias")).findFirst()
                    .ifPresent(p -> out.add(Mention.territory(s + m.start(), s + m.end(), p.territory(), "anaphora")));
        }
        return out;
    }

    private static int previousSentenceStart(String text, int s) {
        int start = 0;
        while (true) {
            int end = Sentences.endOfSentenceFrom(text, start);
            if (end >= s || end <= start) return start;
            start = end;
        }
    }

    /**
     * The parties of a claim. The United States is the record's other party: with it named, the
     * first other state named is the claim's; a list of states ("with A, B, and C") makes one
     * claim each; two other states without it are a relation between them.
     */
    private List<List<TerritoryId>> parties(Triggers.Trigger t, List<Mention> mine, String text, List<Found> earlier,
                                            List<Mention> allPlaces) {
        List<Mention> byPosition = mine.stream().sorted(Comparator.comparingInt(Mention::start)).toList();
        boolean us = byPosition.stream().anyMatch(m -> m.territory().equals(TerritoryId.UNITED_STATES));
        List<Mention> others = byPosition.stream().filter(m -> !m.territory().equals(TerritoryId.UNITED_STATES)).toList();
        List<TerritoryId> listed = listed(text, others);
        List<List<TerritoryId>> out = new ArrayList<>();
        // "Spain joined the war against Great Britain, it did not recognize": "it" is the first state named;
        // otherwise the state named nearest the trigger, names before demonyms and capitals
        boolean pronoun = PRONOUN.matcher(text.substring(Math.max(0, t.start() - 30), t.start())).find();
        Comparator<Mention> order = Comparator.comparingInt((Mention m) -> strength(m.how()))
                .thenComparingInt(m -> pronoun ? m.start() : distance(text, m.start(), m.end(), t));
        Set<TerritoryId> distinct = new LinkedHashSet<>();
        others.stream().sorted(order).forEach(m -> distinct.add(m.territory()));
        if (listed.size() >= 3) {
            for (TerritoryId x : listed) out.add(pair(TerritoryId.UNITED_STATES, x));
        } else if (!us && distinct.size() >= 2 && !ENVOY_KINDS.contains(t.kind())) {
            var it = distinct.iterator();
            out.add(pair(it.next(), it.next()));
        } else if (!distinct.isEmpty()) {
            out.add(pair(TerritoryId.UNITED_STATES, distinct.iterator().next()));
        } else if (!earlier.isEmpty()) {
            out.add(earlier.get(earlier.size() - 1).parties()); // "the two countries"
        } else {
            // the United States alone: the other party is the state the text was last about
            allPlaces.stream().filter(m -> m.end() <= t.start() && !m.territory().equals(TerritoryId.UNITED_STATES))
                    .reduce((a, b) -> b).ifPresent(m -> out.add(pair(TerritoryId.UNITED_STATES, m.territory())));
        }
        return out;
    }

    /** Names and aliases say more than demonyms and capitals ("Russian objections", "Treaty of Paris"). */
    private static int strength(String how) {
        return switch (how) {
            case "name", "alias", "anaphora" -> 0;
            case "demonym" -> 1;
            default -> 2;
        };
    }

    /** The longest run of states named as a list: "Uzbekistan, Moldova, Azerbaijan, and Tajikistan". */
    private static List<TerritoryId> listed(String text, List<Mention> others) {
        List<TerritoryId> best = List.of();
        List<TerritoryId> run = new ArrayList<>();
        Mention prev = null;
        for (Mention m : others) {
            if (prev != null && LIST_GLUE.matcher(text.substring(prev.end(), Math.max(prev.end(), m.start()))).matches()) {
                run.add(m.territory());
            } else {
                run = new ArrayList<>(List.of(m.territory()));
            }
            if (run.size() > best.size()) best = List.copyOf(run);
            prev = m;
        }
        return best.stream().distinct().toList();
    }

    private static List<TerritoryId> pair(TerritoryId a, TerritoryId b) {
        return a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
    }

    /**
     * The envoy the claim names: of the persons in the sentence, the nearest one who held the
     * post, else the nearest; its candidates narrowed to those who held the post when several share the name.
     */
    private Mention person(String text, List<Mention> people, int s, int e, Triggers.Trigger t, List<TerritoryId> pair) {
        TerritoryId post = pair.get(0).equals(TerritoryId.UNITED_STATES) ? pair.get(1) : pair.get(0);
        List<Mention> inSentence = people.stream().filter(m -> m.start() >= s && m.end() <= e && !m.possessive())
                .sorted(Comparator.comparingInt(m -> distance(text, m.start(), m.end(), t))).toList();
        if (inSentence.isEmpty()) return null;
        for (Mention m : inSentence) {
            List<Person> atPost = m.persons().stream()
                    .filter(p -> store.tenuresOf(p.id()).stream().map(Tenure::post).anyMatch(post::equals)).toList();
            if (!atPost.isEmpty()) return Mention.person(m.start(), m.end(), atPost.size() == 1 ? atPost : m.persons(), false);
        }
        return inSentence.get(0);
    }

    private static List<Mention> nearest(String text, List<Mention> all, int s, int e, Triggers.Trigger t, List<Triggers.Trigger> ts) {
        List<Mention> mine = new ArrayList<>();
        for (Mention m : all) {
            if (m.start() < s || m.end() > e) continue;
            if (closestTrigger(text, m.start(), m.end(), ts) == t) mine.add(m);
        }
        mine.sort(Comparator.comparingInt(m -> distance(text, m.start(), m.end(), t)));
        return mine;
    }

    private static List<DateMention> nearestDates(String text, List<DateMention> all, int s, int e, Triggers.Trigger t,
                                                  List<Triggers.Trigger> ts) {
        List<DateMention> mine = new ArrayList<>();
        for (DateMention d : all) {
            if (d.start() < s || d.end() > e) continue;
            if (closestTrigger(text, d.start(), d.end(), ts) == t) mine.add(d);
        }
        mine.sort(Comparator.comparingInt(d -> distance(text, d.start(), d.end(), t)));
        return mine;
    }

    private static Triggers.Trigger closestTrigger(String text, int s, int e, List<Triggers.Trigger> ts) {
        Triggers.Trigger best = null;
        int bd = Integer.MAX_VALUE;
        for (Triggers.Trigger t : ts) {
            int d = distance(text, s, e, t);
            if (d < bd) {
                best = t;
                bd = d;
            }
        }
        return best;
    }

    /** Characters between a mention and a trigger, each comma or semicolon between them counting extra. */
    static int distance(String text, int s, int e, Triggers.Trigger t) {
        int from = e <= t.start() ? e : t.end();
        int to = e <= t.start() ? t.start() : s;
        if (to < from) return 0;
        int d = to - from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':') d += CLAUSE_PENALTY;
        }
        return d;
    }

    /** A later claim that restates an earlier one (same kind family, parties, agreeing date) is dropped. */
    private static List<Found> dedupe(List<Found> found) {
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            boolean restated = out.stream().anyMatch(o -> o.kind().sameFamily(f.kind()) && o.parties().equals(f.parties())
                    && o.persons().equals(f.persons()) && o.foreignEnvoy() == f.foreignEnvoy()
                    && (o.date() == null ? f.date() == null : f.date() != null && o.date().agreesWith(f.date())));
            if (!restated) out.add(f);
        }
        return out;
    }
}
