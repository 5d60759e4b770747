package org.chancery.mission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        Map<TerritoryId, List<Tenure>> byPost = new LinkedHashMap<>();
        for (Tenure t : tenures) {
            if (t.credentials() != null) byPost.computeIfAbsent(t.post(), k -> new ArrayList<>()).add(t);
        }
        byPost.values().forEach(l -> l.sort(Comparator.comparing(t -> t.credentials().start())));
        List<Tenure> out = new ArrayList<>(tenures.size());
        for (Tenure t : tenures) {
            if (t.ended() != null || t.credentials() == null) {
                out.add(t);
                continue;
            }
            List<Tenure> post = byPost.get(t.post());
            Optional<Tenure> twin = twin(t, post);
            if (twin.isPresent()) {
                out.add(t.endingInferred(twin.get().ended().end()));
                continue;
            }
            out.add(successor(t, post).map(next -> t.endingInferred(next.credentials().start().minusDays(1))).orElse(t));
        }
        return out;
    }

    /** The same person's other record of the same post and credentials that states an end (the source repeats some chiefs). */
    private static Optional<Tenure> twin(Tenure t, List<Tenure> post) {
        return post.stream().filter(u -> u != t && u.ended() != null && !u.endInferred() && u.person().equals(t.person())
                && u.credentials().equals(t.credentials())).findFirst();
    }

    private static Optional<Tenure> successor(Tenure t, List<Tenure> post) {
        return post.stream()
                .filter(u -> u.credentials().start().isAfter(t.credentials().start()))
                .filter(u -> !t.rank().isTitular() || u.rank().isTitular())
                .findFirst();
    }
}
