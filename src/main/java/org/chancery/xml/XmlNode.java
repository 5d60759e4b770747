package org.chancery.xml;

/** What an {@link XmlElement} holds: elements and runs of text. */
public sealed interface XmlNode permits XmlElement, XmlText {
    /** The text within the node. */
    String text();
}
