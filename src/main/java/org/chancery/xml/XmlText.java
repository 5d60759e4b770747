package org.chancery.xml;

/** A run of character data (text or CDATA, entities replaced) inside an {@link XmlElement}. */
public record XmlText(String text) implements XmlNode {
}
