package org.chancery.claim;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.chancery.SharedData;
import org.chancery.error.InvalidInputException;
import org.chancery.store.CachedStore;

/**
 * Fuzzes the text reader behind {@code check} (cleaning, names, dates, triggers, verdicts) over
 * the full record: any text is either checked or refused as invalid input, never a crash.
 * Seeds: {@code src/test/resources/org/chancery/claim/ClaimTextFuzzInputs/readsAnyText/}.
 */
class ClaimTextFuzz {
    private static ClaimChecker checker;

    private static synchronized ClaimChecker checker() {
        if (checker == null) checker = new ClaimChecker(new CachedStore(SharedData.store()));
        return checker;
    }

    @FuzzTest(maxDuration = "6s")
    void readsAnyText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            CheckResult r = checker().check(text, LocalDate.of(2023, 11, 16));
            for (Claim c : r.claims()) {
                if (c.start() < 0 || c.end() > text.length() || c.start() > c.end()) {
                    throw new IllegalStateException("claim span " + c.start() + ".." + c.end() + " outside a text of " + text.length());
                }
            }
        } catch (InvalidInputException refused) {
            // empty, binary or too long: refused in one line, as designed
        }
    }
}
