package org.chancery.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chancery.date.PartialDate;
import org.chancery.event.Event;
import org.chancery.mission.ForeignEnvoy;
import org.chancery.relations.PairSources;

/**
 * Verdicts beyond the U.S. side, as ../shared/eval/SCORING.md defines them.
 *
 * <p>Two other states: the record holds only the first establishment of relations, from the two
 * Wikipedia tables. A relations-established or -resumed claim is supported when its date equals a
 * table date at the claim's precision; contradicted when it is earlier than every table date, or
 * the text says it was the first time and the date differs; otherwise unverifiable, since a later
 * date may be a re-establishment the tables do not record (France–USSR 1924 against 1615). Every
 * other kind is unverifiable.
 *
 * <p>Another state's envoy to the United States: supported when a person record's remark names
 * that person as the state's envoy with a start that agrees with the claim's date, or when a
 * record of the pair itself names the envoy with an agreeing date (Dashkov's credentials, 1809);
 * otherwise unverifiable. A U.S. envoy's record is never evidence about the other state's envoy.
 */
final class PairEvidence {
    /** A verdict and what it rests on. */
    record Verdicts(Verdict verdict, List<Evidence> evidence, Reason note) {
    }

    private PairEvidence() {
    }

    /** A claim between two states neither of which is the United States, against the pair's events. */
    static Verdicts betweenOthers(Found f, List<Event> pairEvents) {
        if (!f.kind().isRelationsStart()) {
            return new Verdicts(Verdict.UNVERIFIABLE, List.of(), Reason.of(Reason.Code.PAIR_FIRST_ONLY_KIND, f.kind().slug()));
        }
        List<Event> table = pairEvents.stream().filter(PairSources::isWikipedia).filter(e -> e.kind().isRelationsStart())
                .sorted(Comparator.comparing(Event::date)).toList();
        if (table.isEmpty() || f.date() == null) {
            return new Verdicts(Verdict.UNVERIFIABLE, List.of(), Reason.of(table.isEmpty() ? Reason.Code.PAIR_NO_TABLE : Reason.Code.PAIR_NO_DATE));
        }
        for (Event e : table) {
            if (sameAtClaimPrecision(e.date(), f.date())) {
                return new Verdicts(Verdict.SUPPORTED, evidence(e), Reason.of(Reason.Code.PAIR_TABLE_AGREES, e.date()));
            }
        }
        Event first = table.get(0);
        if (f.date().end().isBefore(first.date().start())) {
            return new Verdicts(Verdict.CONTRADICTED, evidence(first), Reason.of(Reason.Code.PAIR_TABLE_LATER, first.date(), f.date()));
        }
        if (f.first()) {
            return new Verdicts(Verdict.CONTRADICTED, evidence(first), Reason.of(Reason.Code.PAIR_FIRST_DIFFERS, first.date()));
        }
        return new Verdicts(Verdict.UNVERIFIABLE, evidence(first), Reason.of(Reason.Code.PAIR_MAY_BE_LATER, first.date(), f.date()));
    }

    /** A claim about another state's envoy to the United States, against its envoys' remarks and the pair's events. */
    static Verdicts foreignEnvoy(Found f, List<ForeignEnvoy> envoys, List<Event> pairEvents, String sentence) {
        // the name as the reader kept it, else the claim's sentence: a remark supports only an envoy the text names
        String named = f.named() != null ? f.named() : sentence;
        if (named != null) {
            for (ForeignEnvoy e : envoys) {
                if (!Names.sameSurname(named, surname(e.name()))) continue;
                if (f.date() == null || e.from() != null && e.from().agreesWith(f.date())) {
                    return new Verdicts(Verdict.SUPPORTED, List.of(Evidence.of(e.citation())),
                            Reason.of(Reason.Code.ENVOY_IN_PERSONS_LIST, e.name(), e.rank(), e.from() == null ? "" : e.from()));
                }
            }
            for (Event e : pairEvents) {
                if (PairSources.isWikipedia(e) || f.date() == null || !e.date().agreesWith(f.date())) continue;
                if (f.named() != null && mentions(e.text(), f.named())) {
                    return new Verdicts(Verdict.SUPPORTED, List.of(Evidence.of(e.citation())), Reason.of(Reason.Code.ENVOY_IN_RECORD, e.title()));
                }
            }
        }
        return new Verdicts(Verdict.UNVERIFIABLE, List.of(), Reason.of(Reason.Code.ENVOY_NOT_NAMED));
    }

    /** The sentence of the text that holds the claim's span, or null without a text. */
    static String sentenceOf(String text, int start, int end) {
        if (text == null || start < 0 || end > text.length() || start > end) return null;
        int from = start;
        while (from > 0 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) from--;
        int to = end;
        while (to < text.length() && ".!?\n".indexOf(text.charAt(to)) < 0) to++;
        return text.substring(from, to);
    }

    static boolean sameAtClaimPrecision(PartialDate table, PartialDate claim) {
        return table.precision().compareTo(claim.precision()) >= 0 && table.truncatedTo(claim.precision()).equals(claim);
    }

    private static List<Evidence> evidence(Event e) {
        List<Evidence> out = new ArrayList<>();
        e.citations().forEach(c -> out.add(Evidence.of(c)));
        return List.copyOf(out);
    }

    /** The longest word of the surname: "Ormsby-Gore, William David" is found as "Ormsby". */
    private static String surname(String name) {
        int comma = name.indexOf(',');
        String s = comma > 0 ? name.substring(0, comma) : name;
        String best = s;
        int longest = 0;
        for (String w : s.split("[^\\p{L}]+")) {
            if (w.length() > longest) {
                longest = w.length();
                best = w;
            }
        }
        return best;
    }

    private static boolean mentions(String text, String named) {
        for (String word : named.split("\\s+")) {
            if (word.length() >= 4 && Names.sameSurname(text, word)) return true;
        }
        return false;
    }
}
