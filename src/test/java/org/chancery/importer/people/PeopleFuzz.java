package org.chancery.importer.people;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.chancery.error.ChanceryException;
import org.chancery.territory.TerritoryId;

/**
 * Fuzzes the people importer's reading of one person file and its remarks: any bytes are either
 * read (envoys and findings) or refused with one of Chancery's exceptions, never a crash.
 * Seeds: {@code src/test/resources/org/chancery/importer/people/PeopleFuzzInputs/readsAnyPerson/}.
 */
class PeopleFuzz {
    @FuzzTest(maxDuration = "6s")
    void readsAnyPerson(byte[] input) {
        try {
            PeopleImporter.read("data/fuzz.xml", new String(input, StandardCharsets.UTF_8),
                    name -> name.isBlank() ? Optional.empty() : Optional.of(new TerritoryId("ruritania")));
        } catch (ChanceryException refused) {
            // malformed XML or a DTD: one line, as designed
        }
    }
}
