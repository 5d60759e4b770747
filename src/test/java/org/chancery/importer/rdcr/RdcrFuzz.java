package org.chancery.importer.rdcr;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.chancery.error.ChanceryException;
import org.chancery.record.Dataset;
import org.chancery.xml.SafeXml;

/**
 * Fuzzes the rdcr importer's reading of a country article (TEI): any bytes are either read, with
 * findings for what it cannot classify, or refused with one of Chancery's exceptions, never a crash.
 * Seeds: {@code src/test/resources/org/chancery/importer/rdcr/RdcrFuzzInputs/readsAnyArticle/}.
 */
class RdcrFuzz {
    @FuzzTest(maxDuration = "6s")
    void readsAnyArticle(byte[] input) {
        try {
            var doc = SafeXml.parse(new ByteArrayInputStream(input), "articles/fuzz.xml");
            RdcrImporter.read(Dataset.empty(), Path.of("articles/fuzz.xml"), doc.getDocumentElement());
        } catch (ChanceryException refused) {
            // malformed XML, a DTD, or data the importer refuses: one line, as designed
        }
    }
}
