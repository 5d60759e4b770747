package org.chancery.importer;

import org.chancery.record.Finding;
import org.chancery.xml.Dom;
import org.chancery.xml.SafeXml;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.chancery.SharedData;
import org.chancery.event.Event;
import org.chancery.event.EventKind;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** How much of rdcr the rules classify and date, counted against the source files themselves. */
class RdcrCoverageIT {

    static int timelineDivs() {
        int n = 0;
        for (Path f : XmlFiles.in(SharedData.dir().resolve("rdcr/articles"))) {
            for (Element div : Dom.descendants(SafeXml.parse(f).getDocumentElement(), "div")) {
                if ("timeline".equals(div.getAttribute("type"))) n++;
            }
        }
        return n;
    }

    @Test
    void classifiesAlmostEveryTimelineEntryAndListsTheRest() {
        int divs = timelineDivs();
        List<Event> rdcr = SharedData.store().allEvents().stream().filter(org.chancery.importer.rdcr.RdcrImporter::isEntry).toList();
        long classified = rdcr.stream().filter(e -> e.kind() != EventKind.OTHER).count();
        long other = rdcr.size() - classified;
        long undated = divs - rdcr.size();
        double share = (double) classified / divs;
        System.out.printf("rdcr: %d timeline divs, %d imported, %d classified (%.1f%%), %d other, %d without any date%n",
                divs, rdcr.size(), classified, 100 * share, other, undated);
        List<Finding> findings = SharedData.store().findings();
        long unclassified = findings.stream().filter(f -> f.source().equals("rdcr") && f.message().startsWith("kind not classified")).count();
        long denied = findings.stream().filter(f -> f.source().equals("rdcr") && f.message().startsWith("the prose denies")).count();
        System.out.printf("rdcr: %d other: %d unclassified, %d whose prose denies or only supposes the head's event%n", other, unclassified, denied);
        assertThat(unclassified + denied).isEqualTo(other);
        assertThat(findings.stream().filter(f -> f.source().equals("rdcr") && f.message().startsWith("no date")).count()).isEqualTo(undated);
        assertThat(share).isGreaterThanOrEqualTo(RdcrCoverageIT.MIN_SHARE);
    }

    /**
     * The share of timeline divs classified. 41 of 1,222 divs state no date at all ("German Unification",
     * "Consulates in Wales") and are not imported. Of the 1,181 imported, 1,122 (91.8%) have a kind,
     * treaties and changes of state included; 59 stay {@code other} and are listed: 51 state no event of
     * the vocabulary (missions moved, assassinations, an anniversary, essays such as "Whaling Industry"
     * that name a treaty only in passing) and 8 name an event their prose denies or only supposes
     * ("Non-Recognition of GDR", "No treaty or agreement signed").
     */
    static final double MIN_SHARE = 0.91;
}
