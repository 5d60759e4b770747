package org.chancery.claim;

import java.util.List;
import org.chancery.SharedData;
import org.chancery.person.PersonId;
import org.chancery.store.CachedStore;

/** The claims a checker over the shared record finds in a text, each as one line the tests compare. */
final class ClaimLines {
    static final ClaimChecker CHECKER = new ClaimChecker(new CachedStore(SharedData.store()));

    private ClaimLines() {
    }

    /** "kind a–b date", then the persons when there are any. */
    static List<String> withPersons(String text) {
        return CHECKER.check(text, null).claims().stream()
                .map(c -> line(c) + (c.persons().isEmpty() ? "" : " " + c.persons().stream().map(PersonId::toString).toList()))
                .toList();
    }

    /** "kind a–b date". */
    static List<String> withoutPersons(String text) {
        return CHECKER.check(text, null).claims().stream().map(ClaimLines::line).toList();
    }

    /** "kind a–b date VERDICT". */
    static List<String> withVerdicts(String text) {
        return CHECKER.check(text, null).claims().stream().map(c -> line(c) + " " + c.verdict()).toList();
    }

    private static String line(Claim c) {
        return c.kind().slug() + " " + String.join("–", c.parties().stream().map(Object::toString).toList()) + " " + c.date();
    }
}
