package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.SharedData;
import org.chancery.store.CachedStore;
import org.chancery.store.RecordStore;
import org.chancery.territory.Gazetteer;
import org.junit.jupiter.api.Test;

/**
 * The archive's fast path reads the same claims as the plain one: a post the reader passes over
 * (no action, so no claim) gives nothing when every stage reads it, and a post it reads gives
 * the same claims, on all 2,263 posts of the tweet archive.
 */
class ArchiveFastPathIT {
    @Test
    void skipsOnlyPostsThatEveryStageFindsNoClaimIn() {
        RecordStore store = new CachedStore(SharedData.store());
        ClaimReader reader = new ClaimReader(new NameFinder(new Gazetteer(store.territories())), new PersonFinder(store.persons()), store);
        List<Archive.Post> posts = Archive.read(SharedData.dir().resolve("twitter"));
        assertThat(posts).hasSizeGreaterThan(2000);
        int skipped = 0;
        int claims = 0;
        for (Archive.Post p : posts) {
            Cleaner.Cleaned cleaned = Cleaner.clean(p.text());
            boolean onThisDay = ClaimChecker.onThisDay(cleaned);
            List<Found> plain = reader.readEveryStage(cleaned.text(), p.date(), onThisDay);
            List<Found> fast = reader.read(cleaned.text(), p.date(), onThisDay);
            assertThat(fast).as(p.id()).isEqualTo(plain);
            if (!Triggers.anyAction(org.chancery.language.Lexicon.standard().read(cleaned.text()))) skipped++;
            claims += fast.size();
        }
        System.out.printf("archive fast path: %d posts, %d passed over without an action, %d claims, the same as every stage reads%n",
                posts.size(), skipped, claims);
        assertThat(skipped).isPositive();
        assertThat(claims).isPositive();
    }
}
