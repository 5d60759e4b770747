package org.chancery.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chancery.SharedData;
import org.chancery.importer.XmlFiles;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The light tree says what the DOM says, on every file of the sources read through it (pocom, gsh,
 * visits, travels): each element's name, attributes, text and children, in order.
 */
class XmlTreeIT {

    @Test
    void everyFileReadAsATreeHoldsWhatItsDomHolds() {
        Path data = SharedData.dir();
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("pocom", "gsh/data/territories", "visits/data", "travels")) files.addAll(XmlFiles.under(data.resolve(dir)));
        assertThat(files).hasSizeGreaterThan(5_000);
        List<XmlElement> trees = SafeXml.roots(files);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            compare(SafeXml.parse(files.get(i)).getDocumentElement(), trees.get(i), files.get(i) + ":", differences);
        }
        assertThat(differences).isEmpty();
    }

    private static void compare(Element dom, XmlElement tree, String at, List<String> differences) {
        String here = at + "/" + dom.getLocalName();
        if (!dom.getLocalName().equals(tree.name())) differences.add(here + " is named " + tree.name());
        if (!dom.getTextContent().equals(tree.text())) differences.add(here + " text differs");
        NamedNodeMap attrs = dom.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (a.getName().startsWith("xmlns")) continue;
            if (!a.getValue().equals(tree.attribute(a.getName()))) differences.add(here + "@" + a.getName() + " differs");
        }
        List<Element> children = new ArrayList<>();
        for (Node n = dom.getFirstChild(); n != null; n = n.getNextSibling()) if (n instanceof Element e) children.add(e);
        List<XmlElement> treeChildren = tree.content().stream().filter(XmlElement.class::isInstance).map(XmlElement.class::cast).toList();
        if (children.size() != treeChildren.size()) {
            differences.add(here + " has " + treeChildren.size() + " children, the DOM " + children.size());
            return;
        }
        for (int i = 0; i < children.size(); i++) compare(children.get(i), treeChildren.get(i), here, differences);
    }
}
