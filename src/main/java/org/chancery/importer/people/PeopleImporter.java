package org.chancery.importer.people;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.chancery.error.SourceUnavailableException;
import org.chancery.event.Citation;
import org.chancery.importer.XmlFiles;
import org.chancery.mission.ForeignEnvoy;
import org.chancery.record.Finding;
import org.chancery.territory.Gazetteer;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;
import org.chancery.xml.Dom;
import org.chancery.xml.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads the person records, in parallel, for the envoys to the United States their remarks
 * state. Only files whose text names a rank and the United States are parsed as XML: the other
 * persons (most of the 16,300) cannot hold such a remark. Remarks of one person that give one
 * state's envoy dates that do not agree are kept each as written, with a finding.
 */
public final class PeopleImporter {
    public static final String DATASET = "people";

    private PeopleImporter() {
    }

    record Read(int remarks, List<ForeignEnvoy> envoys, List<Finding> findings) {
    }

    /** A remark as written: its first paragraph and its first source address. */
    record Remark(String text, String url) {
    }

    /**
     * One person file as parsed, before any name is resolved: the person's remarks when the file may
     * state an envoy (else none), or the finding that says why it is skipped.
     */
    record PersonFile(String file, String id, String name, int remarks, List<Remark> candidates, Finding skipped) {
        static final PersonFile NOTHING = new PersonFile("", "", "", 0, List.of(), null);
    }

    /** The person files of a folder, parsed on all cores, in file order; resolved later by {@link #resolve}. */
    public record Parsed(int persons, List<PersonFile> read) {
        public Parsed {
            read = List.copyOf(read);
        }
    }

    public static PeopleResult read(Path dir, List<Territory> territories) {
        return resolve(parse(dir), territories);
    }

    /** Reads and parses every person file; names no territory yet, so it may run before the territories are known. */
    public static Parsed parse(Path dir) {
        if (dir == null || !Files.isDirectory(dir.resolve("data"))) return new Parsed(0, List.of());
        List<Path> files = XmlFiles.under(dir.resolve("data"));
        return new Parsed(files.size(), files.parallelStream().map(f -> parse(dir, f)).filter(p -> p != PersonFile.NOTHING).toList());
    }

    /** The envoys the parsed remarks state, their states resolved among {@code territories}. */
    public static PeopleResult resolve(Parsed parsed, List<Territory> territories) {
        if (parsed.persons() == 0) return PeopleResult.none();
        Gazetteer gazetteer = new Gazetteer(territories);
        Function<String, Optional<TerritoryId>> ofState = name -> gazetteer.find(name).map(Territory::id);
        List<ForeignEnvoy> envoys = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        int remarks = 0;
        // the remarks are read on all cores (the gazetteer only answers look-ups), and taken in file order
        for (Read r : parsed.read().parallelStream().map(p -> resolve(p, ofState)).toList()) {
            remarks += r.remarks;
            envoys.addAll(r.envoys);
            findings.addAll(r.findings);
        }
        findings.addAll(contradictions(envoys));
        return new PeopleResult(parsed.persons(), remarks, envoys, findings);
    }

    private static PersonFile parse(Path dir, Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot read " + file + ": " + e.getMessage(), e);
        }
        // most files cannot state an envoy: they are looked at as bytes, and only the others are decoded
        if (!mayStateAnEnvoy(bytes)) return PersonFile.NOTHING;
        return parse(dir.relativize(file).toString(), new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** One person file's text, named {@code name} in citations and findings; malformed XML is refused as bad data. */
    static Read read(String fileName, String text, Function<String, Optional<TerritoryId>> ofState) {
        return resolve(parse(fileName, text), ofState);
    }

    static PersonFile parse(String fileName, String text) {
        if (!mayStateAnEnvoy(text)) return PersonFile.NOTHING;
        Document doc = SafeXml.parse(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), fileName);
        Element root = doc.getDocumentElement();
        List<Element> ids = Dom.descendants(root, "id");
        if (ids.isEmpty() || Dom.normalized(ids.get(0).getTextContent()).isEmpty()) {
            return new PersonFile(fileName, "", "", 0, List.of(), new Finding(DATASET, fileName, "person without an id: skipped"));
        }
        String id = Dom.normalized(ids.get(0).getTextContent());
        String name = Dom.descendants(root, "preferred").stream().findFirst().map(p -> Dom.normalized(p.getTextContent())).orElse(id);
        List<Element> remarks = Dom.descendants(root, "remark");
        List<Remark> candidates = new ArrayList<>();
        for (Element remark : remarks) {
            String p = Dom.descendants(remark, "p").stream().map(e -> Dom.normalized(e.getTextContent())).findFirst().orElse("");
            String url = Dom.descendants(remark, "source-url").stream().map(e -> Dom.normalized(e.getTextContent())).findFirst().orElse("");
            candidates.add(new Remark(p, url));
        }
        return new PersonFile(fileName, id, name, remarks.size(), candidates, null);
    }

    /**
     * Whether the file names a rank and the United States within one remark, so is worth parsing: "Ambassador",
     * "Minister" or "Charg", then within {@value #WITHIN} characters without a '&lt;' or ';' between, "United States",
     * "U.S." (or "U. S."), "Washington" or "USA". Why look-ups rather than the pattern that says the same
     * ({@code (?:Ambassador|Minister|Charg)[^<;]{0,160}?(?:United States|U\.\s?S\.|Washington|USA)}): it tried
     * its ranks at every character of the 16,300 files (73 MB), a twelfth of the import's CPU; the look-ups jump
     * from rank to rank and read only the characters after each.
     */
    static boolean mayStateAnEnvoy(String text) {
        return mayStateAnEnvoy(text, WITHIN);
    }

    /**
     * Whether a file's UTF-8 bytes may pass {@link #mayStateAnEnvoy(String)} once decoded: never false when the text
     * would pass. Why: decoding the 16,300 files (a third hold a character beyond ASCII) cost as much as the test
     * itself. The words looked for are ASCII, and UTF-8 writes an ASCII character only as itself; a character of the
     * text is at most three bytes, so {@value #WITHIN} characters are at most three times as many bytes.
     */
    static boolean mayStateAnEnvoy(byte[] utf8) {
        return mayStateAnEnvoy(new String(utf8, java.nio.charset.StandardCharsets.ISO_8859_1), 3 * WITHIN);
    }

    private static boolean mayStateAnEnvoy(String text, int within) {
        if (!namesTheUnitedStates(text)) return false;
        for (String rank : RANKS) {
            for (int at = text.indexOf(rank); at >= 0; at = text.indexOf(rank, at + 1)) {
                if (namesTheUnitedStatesAfter(text, at + rank.length(), within)) return true;
            }
        }
        return false;
    }

    /**
     * "United States", "U.", "USA" or "Washington" anywhere: the three beginning with 'U' looked for in one pass. Why:
     * two thirds of the files name none, and four passes over each (73 MB in all) were a tenth of reading them.
     */
    private static boolean namesTheUnitedStates(String text) {
        for (int i = text.indexOf('U'); i >= 0; i = text.indexOf('U', i + 1)) {
            if (text.startsWith("U.", i) || text.startsWith("United States", i) || text.startsWith("USA", i)) return true;
        }
        return text.contains("Washington");
    }

    private static final List<String> RANKS = List.of("Ambassador", "Minister", "Charg");
    /** How far after a rank its United States may begin. */
    private static final int WITHIN = 160;

    /** A name of the United States beginning at most {@code within} characters after {@code from}, with no '<' or ';' between. */
    private static boolean namesTheUnitedStatesAfter(String text, int from, int within) {
        int limit = Math.min(text.length(), from + within + 1);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '<' || c == ';') return false;
            if (c == 'U' && (text.startsWith("U.", i) && abbreviatedS(text, i + 2) || text.startsWith("United States", i) || text.startsWith("USA", i))) {
                return true;
            }
            if (c == 'W' && text.startsWith("Washington", i)) return true;
        }
        return false;
    }

    /** "S." right at {@code at}, or after one whitespace character: the rest of "U. S.". */
    private static boolean abbreviatedS(String text, int at) {
        if (text.startsWith("S.", at)) return true;
        return at < text.length() && isRegexSpace(text.charAt(at)) && text.startsWith("S.", at + 1);
    }

    /** {@code \s} of {@link Pattern}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static Read resolve(PersonFile p, Function<String, Optional<TerritoryId>> ofState) {
        if (p.skipped() != null) return new Read(0, List.of(), List.of(p.skipped()));
        List<ForeignEnvoy> out = new ArrayList<>();
        int n = 0;
        for (Remark remark : p.candidates()) {
            n++;
            List<EnvoyRemarks.Stated> stated = EnvoyRemarks.read(remark.text(), ofState);
            if (stated.isEmpty()) continue;
            int k = 0;
            for (EnvoyRemarks.Stated s : stated) {
                String envoyId = "people:" + p.id() + ":" + n + (k++ == 0 ? "" : "-" + k);
                Citation cite = new Citation(DATASET, p.file(), p.id(), remark.text(), remark.url());
                out.add(new ForeignEnvoy(envoyId, p.id(), p.name(), s.sender(), TerritoryId.UNITED_STATES, s.rank(), s.from(), s.to(), cite));
            }
        }
        return new Read(p.remarks(), out, List.of());
    }

    /** A person's remarks that start one state's mission on dates that do not agree. */
    static List<Finding> contradictions(List<ForeignEnvoy> envoys) {
        Map<String, List<ForeignEnvoy>> byPost = new LinkedHashMap<>();
        for (ForeignEnvoy e : envoys) byPost.computeIfAbsent(e.person() + "|" + e.sender() + "|" + e.rank(), k -> new ArrayList<>()).add(e);
        List<Finding> out = new ArrayList<>();
        for (List<ForeignEnvoy> same : byPost.values()) {
            List<ForeignEnvoy> dated = same.stream().filter(e -> e.from() != null).toList();
            for (ForeignEnvoy a : dated) {
                ForeignEnvoy b = dated.stream().filter(x -> !x.from().agreesWith(a.from())).findFirst().orElse(null);
                if (b == null) continue;
                out.add(new Finding(DATASET, a.person(), "remarks disagree on when " + a.name() + " became " + a.sender() + "'s "
                        + a.rank() + " to the United States: \"" + a.citation().quote() + "\" (" + a.from() + ") against \""
                        + b.citation().quote() + "\" (" + b.from() + "); both kept"));
                break;
            }
        }
        return out;
    }
}
