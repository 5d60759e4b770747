package org.chancery.xml;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.chancery.error.DataIntegrityException;

/**
 * Builds {@link XmlElement} trees with the JDK's own StAX reader (never one found on the class path).
 * Safety as in {@link SafeXml}: DTD support and external entities are off, and a DOCTYPE is refused
 * as soon as it is seen, before any entity could be declared or used.
 */
final class TreeReader {
    private static final XMLInputFactory FACTORY = factory();

    private TreeReader() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external entity " + systemId + " refused");
        });
        return f;
    }

    static XmlElement read(InputStream in, String name) {
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(in);
            return tree(r, name);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new DataIntegrityException(name + (line > 0 ? ":" + line : "") + ": malformed XML: " + message(e), e);
        } catch (DataIntegrityException e) {
            throw e;
        } catch (RuntimeException e) {
            // the reader's own unchecked failures on odd input (a bad encoding, say) are malformed input too
            throw new DataIntegrityException(name + ": malformed XML: " + e.getMessage(), e);
        } finally {
            close(r);
        }
    }

    private static XmlElement tree(XMLStreamReader r, String name) throws XMLStreamException {
        ArrayDeque<Open> open = new ArrayDeque<>();
        XmlElement root = null;
        while (r.hasNext()) {
            switch (r.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    Open o = new Open(new ArrayList<>(), new ArrayList<>());
                    XmlElement e = new XmlElement(r.getLocalName(), attributes(r), o.content(), o.elements());
                    if (open.isEmpty()) {
                        root = e;
                    } else {
                        open.peek().content().add(e);
                        open.peek().elements().add(e);
                    }
                    open.push(o);
                }
                case XMLStreamConstants.END_ELEMENT -> open.pop();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!open.isEmpty()) open.peek().content().add(new XmlText(r.getText()));
                }
                case XMLStreamConstants.DTD -> throw new DataIntegrityException(name + ":" + r.getLocation().getLineNumber()
                        + ": DOCTYPE is not allowed (DTDs and external entities are refused)");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new DataIntegrityException(name + ":"
                        + r.getLocation().getLineNumber() + ": entity '" + r.getLocalName() + "' is not declared");
                default -> {
                    // comments and processing instructions hold no text of the record
                }
            }
        }
        if (root == null) throw new DataIntegrityException(name + ": malformed XML: no root element");
        return root;
    }

    /** The lists of an element still being read. */
    private record Open(List<XmlNode> content, List<XmlElement> elements) {
    }

    private static Map<String, String> attributes(XMLStreamReader r) {
        int n = r.getAttributeCount();
        if (n == 0) return Map.of();
        Map<String, String> out = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String prefix = r.getAttributePrefix(i);
            String local = r.getAttributeLocalName(i);
            out.put(prefix == null || prefix.isEmpty() ? local : prefix + ":" + local, r.getAttributeValue(i));
        }
        return out;
    }

    /** The parser's message without its "ParseError at [row,col]:" preamble, which the caller states as file:line. */
    private static String message(XMLStreamException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int at = m.indexOf("Message: ");
        return at >= 0 ? m.substring(at + "Message: ".length()).strip() : m.strip();
    }

    private static void close(XMLStreamReader r) {
        if (r == null) return;
        try {
            r.close();
        } catch (XMLStreamException ignored) {
            // nothing was kept open beyond the stream, which the caller closes
        }
    }
}
