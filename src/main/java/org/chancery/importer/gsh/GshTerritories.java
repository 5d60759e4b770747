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
import org.chancery.xml.XmlElement;

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
        for (XmlElement root : SafeXml.roots(files)) {
            GshTerritory t = territory(root);
            if (t != null) out.put(t.id(), t);
        }
        return out;
    }

    /** The territory a file holds; null without an id. */
    private static GshTerritory territory(XmlElement root) {
        String id = text(root, "id");
        if (id.isEmpty()) return null;
        return new GshTerritory(id, text(root, "short-form-name"), text(root, "long-form-name"), all(root, "predecessor"),
                all(root, "successor"));
    }

    private static String text(XmlElement root, String name) {
        List<XmlElement> found = root.descendants(name);
        return found.isEmpty() ? "" : Dom.normalized(found.get(0).text());
    }

    private static List<String> all(XmlElement root, String name) {
        List<String> out = new ArrayList<>();
        for (XmlElement e : root.descendants(name)) {
            String v = Dom.normalized(e.text());
            if (!v.isEmpty()) out.add(v);
        }
        return out;
    }
}
