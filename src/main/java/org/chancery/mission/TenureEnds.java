package org.chancery.mission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chancery.territory.TerritoryId;

/**
 * Ends the tenures the record leaves open. A chief of mission in title is in post, at the latest,
 * until the day before the next chief in title of the same post presents credentials; an acting
 * chargé until the day before anyone next presents credentials there. A chargé d'affaires ad
 * interim never ends a chief's tenure: the chief is absent, not replaced. Such ends are marked
 * inferred; a tenure with no later chief stays open (still in post when the record was taken). A chief the
 * source lists twice (same person, post and credentials), once with an end, ends there.
 */
public final class TenureEnds {
    private TenureEnds() {
    }

    /** The tenures in the same order, open ones ended where a successor took post. */
    public static List<Tenure> infer(List<Tenure> tenures) {
        Map<TerritoryId, List<Tenure>> byPost = new HashMap<>();
        for (Tenure t : tenures) {
            if (t.credentials() != null) byPost.computeIfAbsent(t.post(), k -> new ArrayList<>()).add(t);
        }
        // stable: chiefs with the same day keep the source's order
        byPost.values().forEach(l -> l.sort(BY_CREDENTIALS));
        List<Tenure> out = new ArrayList<>(tenures.size());
        for (Tenure t : tenures) {
            if (t.ended() != null || t.credentials() == null) {
                out.add(t);
                continue;
            }
            List<Tenure> post = byPost.get(t.post());
            // the post's chiefs from t's day on: a twin has t's day, a successor a later one
            int sameDay = firstFrom(post, t.credentials().start());
            Tenure twin = twin(t, post, sameDay);
            if (twin != null) {
                out.add(t.endingInferred(twin.ended().end()));
                continue;
            }
            Tenure next = successor(t, post, sameDay);
            out.add(next == null ? t : t.endingInferred(next.credentials().start().minusDays(1)));
        }
        return out;
    }

    private static final Comparator<Tenure> BY_CREDENTIALS = Comparator.comparing(t -> t.credentials().start());

    /** The index of the first tenure in {@code post} (sorted by credentials) whose credentials are on or after {@code day}. */
    private static int firstFrom(List<Tenure> post, LocalDate day) {
        int lo = 0;
        int hi = post.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (post.get(mid).credentials().start().isBefore(day)) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The same person's other record of the same post and credentials that states an end (the source repeats some chiefs). */
    private static Tenure twin(Tenure t, List<Tenure> post, int from) {
        LocalDate day = t.credentials().start();
        for (int i = from; i < post.size() && post.get(i).credentials().start().equals(day); i++) {
            Tenure u = post.get(i);
            if (u != t && u.ended() != null && !u.endInferred() && u.person().equals(t.person()) && u.credentials().equals(t.credentials())) return u;
        }
        return null;
    }

    /** The first chief to present credentials after t's day who may end t's tenure: any for a chargé, a chief in title for a chief in title. */
    private static Tenure successor(Tenure t, List<Tenure> post, int from) {
        LocalDate day = t.credentials().start();
        for (int i = from; i < post.size(); i++) {
            Tenure u = post.get(i);
            if (u.credentials().start().isAfter(day) && (!t.rank().isTitular() || u.rank().isTitular())) return u;
        }
        return null;
    }
}
