package org.chancery.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.chancery.event.EventKind;

/**
 * Scores a checker's claims against labelled ones, as SCORING.md defines: an expected claim is
 * matched by an output claim of the same text with the same set of parties, the same kind (or
 * family: established and resumed are one) and the same date string; each output claim matches
 * at most one expected claim.
 */
public final class Scorer {
    /** A labelled or produced claim, reduced to what matching and scoring read. */
    public record Labelled(String kind, List<String> parties, String date, String verdict) {
    }

    /** One text: its id, expected claims and the checker's. */
    public record Case(String id, List<Labelled> expected, List<Labelled> produced) {
    }

    /** What went wrong on one text. */
    public record Miss(String id, String what, Labelled claim) {
    }

    public record Score(int expected, int produced, int matched, int verdictsRight, int falseSupported, List<Miss> misses) {
        public double recall() {
            return expected == 0 ? 1 : (double) matched / expected;
        }

        public double precision() {
            return produced == 0 ? 1 : (double) matched / produced;
        }

        public double verdictAccuracy() {
            return matched == 0 ? 1 : (double) verdictsRight / matched;
        }
    }

    private Scorer() {
    }

    public static Score score(List<Case> cases) {
        int expected = 0;
        int produced = 0;
        int matched = 0;
        int right = 0;
        int falseSupported = 0;
        List<Miss> misses = new ArrayList<>();
        for (Case c : cases) {
            expected += c.expected().size();
            produced += c.produced().size();
            List<Labelled> unused = new ArrayList<>(c.produced());
            for (Labelled e : c.expected()) {
                Labelled m = unused.stream().filter(p -> matches(e, p)).findFirst().orElse(null);
                if (m == null) {
                    misses.add(new Miss(c.id(), "not found", e));
                    continue;
                }
                unused.remove(m);
                matched++;
                if (m.verdict().equals(e.verdict())) {
                    right++;
                } else {
                    misses.add(new Miss(c.id(), "verdict " + m.verdict() + ", expected " + e.verdict(), e));
                }
                if (m.verdict().equals("supported") && !e.verdict().equals("supported")) falseSupported++;
            }
            for (Labelled u : unused) misses.add(new Miss(c.id(), "not expected", u));
        }
        return new Score(expected, produced, matched, right, falseSupported, misses);
    }

    static boolean matches(Labelled expected, Labelled produced) {
        return expected.parties().stream().sorted().toList().equals(produced.parties().stream().sorted().toList())
                && Objects.equals(expected.date(), produced.date())
                && EventKind.fromSlug(expected.kind()).sameFamily(EventKind.fromSlug(produced.kind()));
    }

    public static Labelled of(Claim c) {
        return new Labelled(c.kind().slug(), c.parties().stream().map(Object::toString).toList(),
                c.date() == null ? null : c.date().toString(), c.verdict().slug());
    }
}
