package org.chancery.importer.rdcr;

import org.chancery.text.Sentences;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chancery.date.PartialDate;
import org.chancery.event.Citation;
import org.chancery.event.Event;
import org.chancery.event.EventKind;
import org.chancery.record.Dataset;
import org.chancery.xml.Dom;
import org.chancery.record.Finding;
import org.chancery.importer.Progress;
import org.chancery.importer.XmlFiles;
import org.chancery.xml.SafeXml;
import org.chancery.person.PersonId;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;
import org.w3c.dom.Element;

/** Reads {@code rdcr/articles/*.xml} into events and territory names. */
public final class RdcrImporter {

    /** What rdcr holds: the territories its articles name, one event per dated timeline entry, and findings. Immutable. */
    public record Result(Map<TerritoryId, Territory> territories, List<Event> events, List<Finding> findings) {
        public Result {
            territories = Collections.unmodifiableMap(new LinkedHashMap<>(territories));
            events = List.copyOf(events);
            findings = List.copyOf(findings);
        }

        /** Adds this result to a dataset being assembled; territories another source already named keep that name. */
        public void mergeInto(Dataset data) {
            territories.forEach(data.territories()::putIfAbsent);
            data.events().addAll(events);
            data.findings().addAll(findings);
        }
    }

    public static final String DATASET = "rdcr";
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(1[6-9]\\d\\d|20\\d\\d)\\b");
    private static final java.util.regex.Pattern RANGE_END = java.util.regex.Pattern.compile("(\\d\\s*[-–&]\\s*|\\d\\s+and\\s+|\\b(to|until)\\s+)$");
    private static final java.util.regex.Pattern OF_A_NAME = java.util.regex.Pattern.compile("\\bof\\s+(\\p{L}+\\.?\\s+(\\d{1,2},?\\s+)?)?$");

    private RdcrImporter() {
    }

    public static Result read(Path rdcrDir, Progress progress) {
        List<Path> files = XmlFiles.in(rdcrDir.resolve("articles"));
        // each article is parsed and classified on its own, on all cores; the parts are merged in file order
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        List<Dataset> parts = files.parallelStream().map(f -> {
            Dataset part = Dataset.empty();
            read(part, f, SafeXml.parse(f).getDocumentElement());
            progress.step("rdcr", done.incrementAndGet(), files.size());
            return part;
        }).toList();
        Dataset data = Dataset.empty();
        for (Dataset part : parts) {
            part.territories().forEach(data.territories()::putIfAbsent);
            data.events().addAll(part.events());
            data.findings().addAll(part.findings());
        }
        return new Result(data.territories(), data.events(), data.findings());
    }

    static void read(Dataset data, Path file, Element root) {
        String slug = file.getFileName().toString().replaceFirst("\\.xml$", "");
        TerritoryId territory = new TerritoryId(slug);
        String shortTitle = Dom.descendants(root, "title").stream()
                .filter(t -> "short".equals(t.getAttribute("type")))
                // a trailing "*" marks a state that no longer exists; it is not part of the name
                .map(t -> Dom.normalized(t.getTextContent()).replaceFirst("\\s*\\*$", ""))
                .findFirst().orElse(slug);
        data.territories().putIfAbsent(territory, org.chancery.importer.TerritoryBuilder.named(territory, shortTitle));
        int n = 0;
        for (Element div : Dom.descendants(root, "div")) {
            if (!"timeline".equals(div.getAttribute("type"))) continue;
            n++;
            data.events().addAll(events(territory, "articles/" + file.getFileName(), n, div, data.findings()));
        }
    }

    /**
     * The events of one timeline entry: none when nothing dates it, else its event, and beside it
     * the other event a joint act states on the same date ({@link JointEvents}: "recognized ... and
     * established diplomatic relations"), under the entry's id with the kind after it
     * ({@code rdcr:german-democratic-republic:2:relations-established}) and the same citation, and the
     * opening or closing of a mission that an entry on relations states with its day ({@link MissionActs}:
     * "closed the Embassy in Saigon ... on April 29, 1975"), on that day, quoting the sentence that states it.
     */
    static List<Event> events(TerritoryId territory, String file, int ordinal, Element div, List<Finding> findings) {
        Element headEl = Dom.child(div, "head");
        String head = headEl == null ? "" : Dom.normalized(headEl.getTextContent()).replaceFirst("\\.$", "");
        Integer headYear = headYear(headEl);
        List<String> paragraphs = new ArrayList<>();
        for (Element p : Dom.children(div, "p")) paragraphs.add(Dom.normalized(p.getTextContent()));
        String prose = String.join(" ", paragraphs);
        String location = territory + "#" + ordinal + (head.isEmpty() ? "" : " '" + head + "'");

        KindRules.Reading reading = KindRules.read(head, prose, headYear);
        EventKind kind = reading.kind();

        var dated = TimelineDating.date(headYear, prose, reading);
        PartialDate date;
        int position;
        if (dated.isPresent()) {
            date = dated.get().date();
            position = dated.get().position();
        } else {
            findings.add(new Finding(DATASET, location, "no date in head or prose: not imported as an event"));
            return List.of();
        }
        if (reading.negated()) {
            findings.add(new Finding(DATASET, location, "the prose denies or only supposes the entry's event ('" + reading.denial() + "'): kept as 'other'"));
        } else if (kind == EventKind.OTHER) {
            findings.add(new Finding(DATASET, location, "kind not classified: kept as 'other'"));
        }
        if (headYear == null) findings.add(new Finding(DATASET, location, "head has no year: dated " + date + " from the prose"));

        String quote = position >= 0 ? Sentences.around(prose, position) : firstSentence(prose);
        if (quote.isBlank()) quote = head; // a few entries are a head alone
        String record = head.isEmpty() ? "#" + ordinal : head;
        Citation citation = new Citation(DATASET, file, territory + "#" + record, quote,
                "https://history.state.gov/countries/" + territory);
        String id = "rdcr:" + territory + ":" + ordinal;
        String title = head.isEmpty() ? firstSentence(prose) : head;
        List<Event> out = new ArrayList<>();
        out.add(new Event(id, kind, List.of(TerritoryId.UNITED_STATES, territory), persons(div), date, title, prose, citation));
        for (EventKind also : JointEvents.alongside(reading, position)) {
            out.add(new Event(id + ":" + also.slug(), also, List.of(TerritoryId.UNITED_STATES, territory), persons(div), date, title, prose, citation));
        }
        for (MissionActs.Act act : MissionActs.within(reading, dated.get())) {
            Citation said = new Citation(DATASET, file, citation.record(), Sentences.around(prose, act.at()), citation.url());
            out.add(new Event(id + ":" + act.kind().slug(), act.kind(), List.of(TerritoryId.UNITED_STATES, territory), persons(div), act.date(),
                    title, prose, said));
        }
        return out;
    }

    private static String firstSentence(String prose) {
        return prose.substring(0, Sentences.endOfFirst(prose)).strip();
    }

    /**
     * Whether an event is a timeline entry's own (its first) rather than the second event of an
     * entry that states two ({@code rdcr:german-democratic-republic:2:relations-established}):
     * counting entries counts these.
     */
    public static boolean isEntry(Event e) {
        return e.citation().dataset().equals(DATASET) && e.id().split(":").length == 3;
    }

    static Integer headYear(Element head) {
        return head == null ? null : headYear(Dom.normalized(head.getTextContent()));
    }

    /**
     * The entry's year as the head's reader sees it (one head's markup says when="1789" where it
     * reads 1798): the last year written, leaving aside the end of a range or list ("1936-39" and
     * "1946 & 1947" are 1936 and 1946,
     * "1906-1917, permanently closed, 1922" is 1922) and the year of a name ("Additional Article to
     * Convention of 1827, 1828" is 1828; "... Under the Convention of October 14, 1832" has none).
     */
    static Integer headYear(String head) {
        Integer year = null;
        var m = YEAR.matcher(head);
        while (m.find()) {
            String before = head.substring(0, m.start());
            if (RANGE_END.matcher(before).find() || OF_A_NAME.matcher(before).find()) continue;
            year = Integer.parseInt(m.group(1));
        }
        return year;
    }

    /** Persons the entry links to their pocom page. */
    static List<PersonId> persons(Element div) {
        Set<PersonId> ids = new LinkedHashSet<>();
        for (Element ref : Dom.descendants(div, "ref")) {
            String target = ref.getAttribute("target");
            int i = target.indexOf("/departmenthistory/people/");
            if (i >= 0) {
                String id = target.substring(i + "/departmenthistory/people/".length()).replaceAll("[#?/].*", "");
                if (id.matches("[a-z0-9]+([-_.][a-z0-9]+)*")) ids.add(new PersonId(id));
            }
        }
        return List.copyOf(ids);
    }
}
