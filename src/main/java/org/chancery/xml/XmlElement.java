package org.chancery.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An element of a document read by {@link SafeXml#root}: its local name, its attributes by
 * qualified name, and its content (elements and text) in document order. Lighter than a DOM for
 * the record's many small files: no node tables, no owner document, nothing to defer. Built once
 * by the reader and never changed after.
 */
public final class XmlElement implements XmlNode {
    private final String name;
    private final Map<String, String> attributes;
    private final List<XmlNode> content;
    // the element children alone, so that looking one up skips the white space between them
    private final List<XmlElement> elements;

    XmlElement(String name, Map<String, String> attributes, List<XmlNode> content, List<XmlElement> elements) {
        this.name = name;
        this.attributes = attributes;
        this.content = content;
        this.elements = elements;
    }

    /** The local name, without a namespace prefix. */
    public String name() {
        return name;
    }

    /** The attribute's value by its qualified name ("id", "xml:lang"); "" when absent, as a DOM says it. */
    public String attribute(String qualifiedName) {
        return attributes.getOrDefault(qualifiedName, "");
    }

    /** Elements and text directly within the element, in document order. */
    public List<XmlNode> content() {
        return java.util.Collections.unmodifiableList(content);
    }

    /** Direct children with the local name, in order. */
    public List<XmlElement> children(String localName) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement e : elements) {
            if (e.name.equals(localName)) out.add(e);
        }
        return out;
    }

    /** The first direct child with the local name; null when there is none. */
    public XmlElement child(String localName) {
        for (XmlElement e : elements) {
            if (e.name.equals(localName)) return e;
        }
        return null;
    }

    /** Descendants with the local name, in document order (the element itself not included). */
    public List<XmlElement> descendants(String localName) {
        List<XmlElement> out = new ArrayList<>();
        collect(localName, out);
        return out;
    }

    private void collect(String localName, List<XmlElement> out) {
        for (XmlElement e : elements) {
            if (e.name.equals(localName)) out.add(e);
            e.collect(localName, out);
        }
    }

    /** All text within the element, as written (a DOM's text content). */
    @Override
    public String text() {
        if (content.isEmpty()) return "";
        if (content.size() == 1) return content.get(0).text();
        StringBuilder b = new StringBuilder();
        appendText(b);
        return b.toString();
    }

    private void appendText(StringBuilder b) {
        for (XmlNode n : content) {
            if (n instanceof XmlElement e) e.appendText(b);
            else b.append(n.text());
        }
    }

    /** Text of the descendant at a path of child names ("appointed/date"), whitespace collapsed; null when empty or absent. */
    public String text(String path) {
        XmlElement e = this;
        int from = 0;
        while (e != null && from <= path.length()) {
            int slash = path.indexOf('/', from);
            int end = slash < 0 ? path.length() : slash;
            e = e.child(path.substring(from, end));
            from = end + 1;
        }
        if (e == null) return null;
        String t = Dom.normalized(e.text());
        return t.isEmpty() ? null : t;
    }

    @Override
    public String toString() {
        return "<" + name + ">";
    }
}
