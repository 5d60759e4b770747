package org.chancery.importer.pocom;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.chancery.error.ChanceryException;
import org.chancery.record.Dataset;
import org.chancery.xml.SafeXml;

/**
 * Fuzzes the pocom importer's reading of a country's chiefs of mission (roles as readRoles gives them, a HashMap): any bytes are either read
 * (with findings) or refused with one of Chancery's exceptions, never a crash.
 * Seeds: {@code src/test/resources/org/chancery/importer/pocom/PocomFuzzInputs/readsAnyMission/}.
 */
class PocomFuzz {
    @FuzzTest(maxDuration = "6s")
    void readsAnyMission(byte[] input) {
        try {
            var root = SafeXml.root(new ByteArrayInputStream(input), "missions-countries/fuzz.xml");
            PocomImporter.readMission(Dataset.empty(), Path.of("missions-countries/fuzz.xml"), root,
                    new HashMap<>(Map.of("envoy", "Envoy Extraordinary and Minister Plenipotentiary")), new HashSet<>());
        } catch (ChanceryException refused) {
            // malformed XML, a DTD, or data the importer refuses: one line, as designed
        }
    }
}
