package org.chancery.claim;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chancery.date.PartialDate;
import org.chancery.event.Event;
import org.chancery.event.EventKind;
import org.chancery.mission.MissionWords;
import org.chancery.mission.Tenure;
import org.chancery.person.PersonId;
import org.chancery.store.RecordStore;
import org.chancery.territory.Gazetteer;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;
import org.chancery.territory.TerritoryName;

/**
 * Gives a claim its verdict against the record. The record is the United States' own: a claim
 * between two other states, or about another state's envoy to the United States, is
 * unverifiable. Otherwise the candidates are the pair's events of the claim's kind (relations
 * established and resumed are one family; a recognition may be recorded in an event whose
 * prose says "recognized"; a legation established with relations counts as an opening), or for
 * envoys the chiefs of mission to that post. A candidate whose date agrees at the claim's
 * precision supports it; candidates that all disagree contradict it; none leaves it unverifiable.
 */
final class Verifier {
    private static final java.util.regex.Pattern RECOGNIZED = java.util.regex.Pattern.compile("(?i)recogni");
    private static final java.util.regex.Pattern MISSION = java.util.regex.Pattern.compile("(?i)legation|embassy");
    private final RecordStore store;
    private final Gazetteer gazetteer;

    Verifier(RecordStore store, Gazetteer gazetteer) {
        this.store = store;
        this.gazetteer = gazetteer;
    }

    Claim verify(Found f) {
        return verify(f, null);
    }

    /** The verdict; {@code text} (the text the claim was read from, or null) lets an envoy's name be found around it. */
    Claim verify(Found f, String text) {
        return verify(f, text, List.of());
    }

    /** As above, with the other claims of the same text, which may state an undoing beyond the record ({@link Coverage}). */
    Claim verify(Found f, String text, List<Found> post) {
        if (f.foreignEnvoy() && f.kind().isMission() && f.parties().contains(TerritoryId.UNITED_STATES)) return foreignMission(f);
        if (!f.parties().contains(TerritoryId.UNITED_STATES) || f.foreignEnvoy()) {
            TerritoryId sender = f.parties().get(0).equals(TerritoryId.UNITED_STATES) ? f.parties().get(f.parties().size() - 1)
                    : f.parties().get(0);
            List<Event> pair = store.events(f.parties().get(0), f.parties().get(f.parties().size() - 1));
            PairEvidence.Verdicts v = f.foreignEnvoy() ? PairEvidence.foreignEnvoy(f, store.foreignEnvoys(sender), pair,
                    PairEvidence.sentenceOf(text, f.start(), f.end()))
                    : PairEvidence.betweenOthers(f, pair);
            return claim(f, v.verdict(), v.evidence(), v.note());
        }
        TerritoryId other = f.parties().get(0).equals(TerritoryId.UNITED_STATES) ? f.parties().get(1) : f.parties().get(0);
        return switch (f.kind()) {
            case ENVOY_APPOINTED, CREDENTIALS_PRESENTED -> envoy(f, other, text);
            default -> event(f, other, post);
        };
    }

    private Claim event(Found f, TerritoryId other, List<Found> post) {
        List<Event> pair = org.chancery.relations.PairSources.forState(store.events(TerritoryId.UNITED_STATES, other));
        List<Event> candidates = pair.stream().filter(e -> candidate(f.kind(), e)).toList();
        Optional<Event> agreeing = candidates.stream().filter(e -> f.date() == null || e.date().agreesWith(f.date())).findFirst();
        if (agreeing.isPresent()) {
            Event e = agreeing.get();
            return claim(f, Verdict.SUPPORTED, List.of(Evidence.of(e.citation())), note(f, e));
        }
        if (!candidates.isEmpty()) {
            Event nearest = candidates.stream().min(Comparator.comparingLong(e -> gap(e.date(), f.date()))).orElseThrow();
            Optional<Event> last = Coverage.beyond(f, pair, post);
            if (last.isPresent()) {
                return claim(f, Verdict.UNVERIFIABLE, List.of(), Reason.of(Reason.Code.BEYOND_RECORD, last.get().title(), last.get().date()));
            }
            return claim(f, Verdict.CONTRADICTED, List.of(Evidence.of(nearest.citation())),
                    Reason.of(Reason.Code.RECORD_DATES_OTHERWISE, nearest.title(), nearest.date(), f.date()));
        }
        return claim(f, Verdict.UNVERIFIABLE, List.of(), Reason.of(Reason.Code.NO_EVENT, f.kind().slug()));
    }

    /**
     * Another state's mission in the United States ("в Вашингтоне открылось посольство СССР"): only
     * the record's events that state that state's mission bear on it ("the Nigerian Embassy in
     * Washington opened"); the U.S. mission in its capital is another mission, so without such an
     * event nothing in the record bears on the claim.
     */
    private Claim foreignMission(Found f) {
        TerritoryId other = f.parties().get(0).equals(TerritoryId.UNITED_STATES) ? f.parties().get(1) : f.parties().get(0);
        List<Event> candidates = store.events(TerritoryId.UNITED_STATES, other).stream()
                .filter(e -> e.kind().sameFamily(f.kind()))
                .filter(e -> MissionWords.isForeignMission(e.title()) || MissionWords.isForeignMission(e.citation().quote()))
                // "A U.S. Interests Section was established in the Belgian Embassy in Baghdad": the host's embassy is no mission in Washington
                .filter(e -> !MissionWords.namesUsMission(e.title())).toList();
        Optional<Event> agreeing = candidates.stream().filter(e -> f.date() == null || e.date().agreesWith(f.date())).findFirst();
        if (agreeing.isPresent()) return claim(f, Verdict.SUPPORTED, List.of(Evidence.of(agreeing.get().citation())), note(f, agreeing.get()));
        if (!candidates.isEmpty()) {
            Event nearest = candidates.stream().min(Comparator.comparingLong(e -> gap(e.date(), f.date()))).orElseThrow();
            return claim(f, Verdict.CONTRADICTED, List.of(Evidence.of(nearest.citation())),
                    Reason.of(Reason.Code.RECORD_DATES_OTHERWISE, nearest.title(), nearest.date(), f.date()));
        }
        return claim(f, Verdict.UNVERIFIABLE, List.of(), Reason.of(Reason.Code.NO_FOREIGN_MISSION, f.kind().slug()));
    }

    /** Events that bear on a claim of the kind. */
    static boolean candidate(EventKind claimed, Event e) {
        if (e.kind().sameFamily(claimed)) return true;
        if (!e.kind().isRelationsStart()) return false;
        return switch (claimed) {
            case RECOGNITION -> RECOGNIZED.matcher(e.title()).find() || RECOGNIZED.matcher(e.text()).find();
            case MISSION_OPENED -> MISSION.matcher(e.title()).find();
            default -> false;
        };
    }

    private Claim envoy(Found f, TerritoryId post, String text) {
        List<Tenure> tenures = inScope(store.tenures(post), f.scope(), post);
        if (f.first()) {
            Optional<Tenure> first = tenures.stream().filter(t -> roleMatches(f, t)).min(Comparator.comparing(Verifier::firstDate));
            if (first.isPresent() && !f.persons().isEmpty() && !first.get().person().equals(f.persons().get(0)) && f.scope() == null) {
                // "Its first ambassador was Leonard Woodcock" in a post about the People's Republic of China: the first
                // under a name the text gives the territory elsewhere is no contradiction
                Optional<Tenure> overall = first;
                first = firstUnderANameOfTheText(f, post, text).or(() -> overall);
            }
            if (first.isPresent() && !f.persons().isEmpty()) {
                Tenure t = first.get();
                boolean same = t.person().equals(f.persons().get(0));
                boolean dateOk = f.date() == null || agrees(f, t);
                return claim(f, same && dateOk ? Verdict.SUPPORTED : Verdict.CONTRADICTED, List.of(Evidence.of(t.citation())),
                        same ? dates(t) : Reason.of(Reason.Code.FIRST_IS_ANOTHER, name(t.person()), name(t.person()), t.roleTitle(),
                                show(t.appointed()), show(t.credentials())));
            }
        }
        if (!f.persons().isEmpty()) {
            PersonId who = f.persons().get(0);
            List<Tenure> his = tenures.stream().filter(t -> t.person().equals(who)).toList();
            Optional<Tenure> agreeing = his.stream().filter(t -> f.date() == null || agrees(f, t)).findFirst();
            if (agreeing.isPresent()) return claim(f, Verdict.SUPPORTED, List.of(Evidence.of(agreeing.get().citation())), dates(agreeing.get()));
            if (!his.isEmpty()) {
                return claim(f, Verdict.CONTRADICTED, List.of(Evidence.of(his.get(0).citation())), dates(his.get(0)));
            }
        }
        if (f.date() != null) {
            List<Tenure> thatTime = tenures.stream().filter(t -> agrees(f, t)).toList();
            if (!thatTime.isEmpty()) {
                Tenure t = thatTime.get(0);
                // a name the record does not resolve is supported only by a holder of that name
                boolean sameName = f.named() != null && store.person(t.person()).map(p -> Names.sameSurname(f.named(), p.surname()))
                        .orElse(false);
                if (f.persons().isEmpty() && (f.named() == null || sameName)) {
                    return claim(f, Verdict.SUPPORTED, List.of(Evidence.of(t.citation())), dates(t));
                }
                if (f.persons().isEmpty() && !Names.latin(f.named()).equals(f.named().toLowerCase(Locale.ROOT))) {
                    // a transliterated name that matches no holder: the record cannot say whom the text means
                    return claim(f, Verdict.UNVERIFIABLE, List.of(Evidence.of(t.citation())),
                            Reason.of(Reason.Code.NAMED_UNRESOLVED, f.named(), name(t.person())));
                }
                return claim(f, Verdict.CONTRADICTED, List.of(Evidence.of(t.citation())), Reason.of(Reason.Code.ANOTHER_HOLDER,
                        name(t.person()), name(t.person()), t.roleTitle(), show(t.appointed()), show(t.credentials())));
            }
            if (!f.persons().isEmpty()) {
                return claim(f, Verdict.UNVERIFIABLE, List.of(), Reason.of(Reason.Code.NO_CHIEF_THEN, post));
            }
        }
        return claim(f, Verdict.UNVERIFIABLE, List.of(), Reason.of(Reason.Code.NOTHING_ON_APPOINTMENT));
    }

    /** Tenures in the period the text's name for the territory covers ("the Soviet Union": 1922-12-30 to 1991-12-25). */
    private List<Tenure> inScope(List<Tenure> tenures, String scope, TerritoryId post) {
        if (scope == null) return tenures;
        Optional<Territory> t = gazetteer.byId(post);
        if (t.isEmpty()) return tenures;
        Optional<TerritoryName> name = t.get().names().stream().filter(n -> (n.name().replaceFirst("^the ", "")
                .equalsIgnoreCase(scope.replaceFirst("^the ", "")) || initials(n.name()).equals(scope)) && (n.from() != null || n.to() != null))
                .findFirst();
        if (name.isEmpty()) return tenures;
        TerritoryName n = name.get();
        return tenures.stream().filter(x -> {
            LocalDate d = firstDate(x);
            return (n.from() == null || !d.isBefore(n.from().start())) && (n.to() == null || !d.isAfter(n.to().end()));
        }).toList();
    }

    /** The claim's person as the first holder in the period of a dated name of the territory that the text uses, if he is one. */
    private Optional<Tenure> firstUnderANameOfTheText(Found f, TerritoryId post, String text) {
        if (text == null) return Optional.empty();
        Optional<Territory> t = gazetteer.byId(post);
        if (t.isEmpty()) return Optional.empty();
        for (TerritoryName n : t.get().names()) {
            if (n.from() == null && n.to() == null || !namesInText(text, n.name())) continue;
            Optional<Tenure> first = inScope(store.tenures(post), n.name(), post).stream().filter(x -> roleMatches(f, x))
                    .min(Comparator.comparing(Verifier::firstDate));
            if (first.isPresent() && first.get().person().equals(f.persons().get(0))) return first;
        }
        return Optional.empty();
    }

    private static boolean namesInText(String text, String name) {
        String bare = name.replaceFirst("^the ", "");
        if (text.toLowerCase(Locale.ROOT).contains(bare.toLowerCase(Locale.ROOT))) return true;
        String initials = initials(name);
        return !initials.isEmpty() && java.util.regex.Pattern.compile("(?<!\\p{L})" + java.util.regex.Pattern.quote(initials) + "(?!\\p{L})")
                .matcher(text).find();
    }

    /**
     * The initials of a name's capitalised words, by which posts write it: "PRC" for "People's
     * Republic of China", "КНР" for "Китайская Народная Республика", "USSR"; empty for a one-word name.
     */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (w.startsWith("(")) break;
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) b.appendCodePoint(w.codePointAt(0));
        }
        return b.length() < 2 ? "" : b.toString();
    }

    private static boolean roleMatches(Found f, Tenure t) {
        return t.roleTitle() != null && t.roleTitle().toLowerCase(Locale.ROOT).contains(f.role());
    }

    private static boolean agrees(Found f, Tenure t) {
        PartialDate d = f.kind() == EventKind.CREDENTIALS_PRESENTED ? t.credentials() : t.appointed();
        return d != null && d.agreesWith(f.date());
    }

    private static LocalDate firstDate(Tenure t) {
        if (t.appointed() != null) return t.appointed().start();
        return t.credentials() != null ? t.credentials().start() : LocalDate.MAX;
    }

    private String name(PersonId id) {
        return store.person(id).map(p -> p.displayName()).orElse(id.value());
    }

    private Reason dates(Tenure t) {
        return Reason.of(Reason.Code.TENURE, name(t.person()), t.roleTitle(), show(t.appointed()), show(t.credentials()));
    }

    private static String show(PartialDate d) {
        return d == null ? "(no date)" : d.toString();
    }

    private static Reason note(Found f, Event e) {
        if (e.kind() != f.kind()) return Reason.of(Reason.Code.RECORD_HOLDS_AS_KIND, e.title(), e.date(), e.kind().slug(), f.kind().slug());
        return Reason.of(Reason.Code.RECORD_HOLDS, e.title(), e.date());
    }

    private static long gap(PartialDate a, PartialDate b) {
        if (b == null) return 0;
        return Math.abs(a.start().toEpochDay() - b.start().toEpochDay());
    }

    private static Claim claim(Found f, Verdict v, List<Evidence> evidence, Reason reason) {
        return new Claim(f.kind(), f.parties(), f.persons(), f.date(), v, f.start(), f.end(), evidence, reason);
    }

}
