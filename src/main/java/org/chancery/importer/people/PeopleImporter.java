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
    /** A rank and the United States within one remark: the files worth parsing. */
    private static final Pattern CANDIDATE = Pattern.compile("(?:Ambassador|Minister|Charg)[^<;]{0,160}?(?:United States|U\\.\\s?S\\.|Washington|USA)");

    private PeopleImporter() {
    }

    record Read(int remarks, List<ForeignEnvoy> envoys, List<Finding> findings) {
    }

    public static PeopleResult read(Path dir, List<Territory> territories) {
        if (dir == null || !Files.isDirectory(dir.resolve("data"))) return PeopleResult.none();
        List<Path> files = XmlFiles.under(dir.resolve("data"));
        Gazetteer gazetteer = new Gazetteer(territories);
        Function<String, Optional<TerritoryId>> ofState = name -> gazetteer.find(name).map(Territory::id);
        List<Read> reads = files.parallelStream().map(f -> read(dir, f, ofState)).toList();
        List<ForeignEnvoy> envoys = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        int remarks = 0;
        for (Read r : reads) {
            remarks += r.remarks;
            envoys.addAll(r.envoys);
            findings.addAll(r.findings);
        }
        findings.addAll(contradictions(envoys));
        return new PeopleResult(files.size(), remarks, envoys, findings);
    }

    private static Read read(Path dir, Path file, Function<String, Optional<TerritoryId>> ofState) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return read(dir.relativize(file).toString(), text, ofState);
    }

    /** One person file's text, named {@code name} in citations and findings; malformed XML is refused as bad data. */
    static Read read(String fileName, String text, Function<String, Optional<TerritoryId>> ofState) {
        if (!CANDIDATE.matcher(text).find()) return new Read(0, List.of(), List.of());
        Document doc = SafeXml.parse(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), fileName);
        Element root = doc.getDocumentElement();
        List<Element> ids = Dom.descendants(root, "id");
        if (ids.isEmpty() || Dom.normalized(ids.get(0).getTextContent()).isEmpty()) {
            return new Read(0, List.of(), List.of(new Finding(DATASET, fileName, "person without an id: skipped")));
        }
        String id = Dom.normalized(ids.get(0).getTextContent());
        String name = Dom.descendants(root, "preferred").stream().findFirst().map(p -> Dom.normalized(p.getTextContent())).orElse(id);
        List<Element> remarks = Dom.descendants(root, "remark");
        List<ForeignEnvoy> out = new ArrayList<>();
        int n = 0;
        for (Element remark : remarks) {
            n++;
            String p = Dom.descendants(remark, "p").stream().map(e -> Dom.normalized(e.getTextContent())).findFirst().orElse("");
            List<EnvoyRemarks.Stated> stated = EnvoyRemarks.read(p, ofState);
            if (stated.isEmpty()) continue;
            String url = Dom.descendants(remark, "source-url").stream().map(e -> Dom.normalized(e.getTextContent())).findFirst().orElse("");
            int k = 0;
            for (EnvoyRemarks.Stated s : stated) {
                String envoyId = "people:" + id + ":" + n + (k++ == 0 ? "" : "-" + k);
                Citation cite = new Citation(DATASET, fileName, id, p, url);
                out.add(new ForeignEnvoy(envoyId, id, name, s.sender(), TerritoryId.UNITED_STATES, s.rank(), s.from(), s.to(), cite));
            }
        }
        return new Read(remarks.size(), out, List.of());
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
