package org.chancery.importer.gsh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.importer.XmlFiles;
import org.chancery.xml.Dom;
import org.chancery.xml.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Reads {@code gsh/data/territories/*.xml}; an absent folder reads as none. */
public final class GshTerritories {
    private GshTerritories() {
    }

    /** The territories by id, in file order. */
    public static Map<String, GshTerritory> read(Path gshDir) {
        Map<String, GshTerritory> out = new LinkedHashMap<>();
        if (gshDir == null) return out;
        Path dir = gshDir.resolve("data/territories");
        if (!Files.isDirectory(dir)) return out;
        List<Path> files = XmlFiles.in(dir);
        List<Document> docs = SafeXml.parseAll(files);
        for (Document d : docs) {
            Element root = d.getDocumentElement();
            String id = text(root, "id");
            if (id.isEmpty()) continue;
            out.put(id, new GshTerritory(id, text(root, "short-form-name"), text(root, "long-form-name"),
                    all(root, "predecessor"), all(root, "successor")));
        }
        return out;
    }

    private static String text(Element root, String name) {
        return Dom.descendants(root, name).stream().findFirst().map(e -> Dom.normalized(e.getTextContent())).orElse("");
    }

    private static List<String> all(Element root, String name) {
        List<String> out = new ArrayList<>();
        for (Element e : Dom.descendants(root, name)) {
            String v = Dom.normalized(e.getTextContent());
            if (!v.isEmpty()) out.add(v);
        }
        return out;
    }
}
