package org.chancery.xml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.chancery.error.DataIntegrityException;
import org.chancery.error.SourceUnavailableException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The only way Chancery parses XML: into a DOM ({@link #parse}) or into a light tree of
 * {@link XmlElement}s ({@link #root}), read with the JDK's StAX reader, which does half the work of
 * building a DOM for the record's thousands of small files. Why: source files come from outside; a DOCTYPE can pull in
 * external entities (XXE: reading local files, reaching the network) or expand entities without
 * bound ("billion laughs"). None of the record's files needs a DTD, so any DOCTYPE is refused
 * outright rather than tolerated.
 */
public final class SafeXml {
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(SafeXml::newBuilder);

    private SafeXml() {
    }

    public static Document parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses many files on all cores and returns their documents in the files' order, so that what
     * is built from them is the same on every run.
     */
    public static java.util.List<Document> parseAll(java.util.List<Path> files) {
        return files.parallelStream().map(SafeXml::parse).toList();
    }

    public static Document parse(InputStream in, String name) {
        DocumentBuilder b = BUILDER.get();
        b.reset();
        b.setErrorHandler(SILENT);
        try {
            return b.parse(in, name);
        } catch (SAXParseException e) {
            String why = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "DOCTYPE is not allowed (DTDs and external entities are refused)"
                    : "malformed XML: " + e.getMessage();
            throw new DataIntegrityException(name + ":" + e.getLineNumber() + ": " + why, e);
        } catch (SAXException e) {
            throw new DataIntegrityException(name + ": malformed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** The root element of a file as a light tree. */
    public static XmlElement root(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return root(in, file.toString());
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The root elements of many files, read on all cores, in the files' order. */
    public static java.util.List<XmlElement> roots(java.util.List<Path> files) {
        return files.parallelStream().map(SafeXml::root).toList();
    }

    /** The root element of a stream as a light tree; {@code name} names it in messages. */
    public static XmlElement root(InputStream in, String name) {
        return TreeReader.read(in, name);
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser lacks a required safety feature", e);
        }
    }

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
