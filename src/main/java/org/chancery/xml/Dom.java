package org.chancery.xml;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Small readers over DOM elements that ignore namespaces: the record mixes TEI and plain XML. */
public final class Dom {
    private Dom() {
    }

    /** Direct children with the local name. */
    public static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) out.add(e);
        }
        return out;
    }

    public static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) return e;
        }
        return null;
    }

    /** Descendants with the local name, in document order. */
    public static List<Element> descendants(Element root, String name) {
        List<Element> out = new ArrayList<>();
        NodeList all = root.getElementsByTagNameNS("*", name);
        for (int i = 0; i < all.getLength(); i++) out.add((Element) all.item(i));
        return out;
    }

    /** Text of the child at a path ("appointed/date"), whitespace collapsed; null when empty or absent. */
    public static String text(Element parent, String path) {
        Element e = parent;
        for (String step : path.split("/")) {
            e = child(e, step);
            if (e == null) return null;
        }
        String t = normalized(e.getTextContent());
        return t.isEmpty() ? null : t;
    }

    /**
     * Whitespace collapsed to single spaces, trimmed: each run of ASCII white space (regex {@code \\s}) becomes one
     * space, then {@link String#strip}. By hand, without a regex: it runs on every value of every file read.
     */
    public static String normalized(String s) {
        if (s == null) return "";
        StringBuilder b = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                int end = i + 1;
                while (end < n && isSpace(s.charAt(end))) end++;
                if (c != ' ' || end > i + 1) {
                    if (b == null) b = new StringBuilder(n).append(s, 0, i);
                    b.append(' ');
                    i = end - 1;
                    continue;
                }
            }
            if (b != null) b.append(c);
        }
        return (b == null ? s : b.toString()).strip();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
