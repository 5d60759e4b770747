package org.chancery.claim;

import java.time.LocalDate;
import java.util.List;
import org.chancery.language.Concept;
import org.chancery.language.Lexicon;
import org.chancery.store.RecordStore;
import org.chancery.territory.Gazetteer;

/**
 * Checks the dated diplomatic claims of a text against the record. Build one per store (it
 * indexes names and persons once) and call {@link #check} as often as needed; it is safe to
 * share between threads.
 */
public final class ClaimChecker {
    private final ClaimReader reader;
    private final Verifier verifier;

    public ClaimChecker(RecordStore store) {
        Gazetteer gazetteer = new Gazetteer(store.territories());
        this.reader = new ClaimReader(new NameFinder(gazetteer), new PersonFinder(store.persons()), store);
        this.verifier = new Verifier(store, gazetteer);
    }

    /**
     * The claims of a text, each with its verdict and evidence.
     *
     * @param asOf the post's own date, anchoring "N years ago"; null when unknown
     */
    public CheckResult check(String text, LocalDate asOf) {
        return check(text, asOf, Deadline.NONE);
    }

    /** As {@link #check(String, LocalDate)}, stopping with an exception when the deadline says so. */
    public CheckResult check(String text, LocalDate asOf, Deadline deadline) {
        InputGuard.check("text", text);
        Cleaner.Cleaned cleaned = Cleaner.clean(text);
        deadline.check();
        // asked only of a post that has an action to date: most have none
        List<String> handles = cleaned.metadata().stream().filter(m -> m.kind().equals("mention")).map(Metadata::text).toList();
        List<Found> found = reader.read(cleaned.text(), handles, asOf, () -> onThisDay(cleaned), new Work(), deadline);
        deadline.check();
        List<Claim> claims = found.stream().map(f -> verifier.verify(f, cleaned.text(), found)).toList();
        return new CheckResult(claims, cleaned.metadata());
    }

    /** Whether a hashtag makes the post an "on this day" post (#OTD, #TDiH): "N years ago" is then that day. */
    static boolean onThisDay(Cleaner.Cleaned cleaned) {
        return cleaned.metadata().stream().anyMatch(m -> m.kind().equals("hashtag")
                && Lexicon.standard().read(m.text()).stream().anyMatch(t -> t.has(Concept.ON_THIS_DAY)));
    }
}
