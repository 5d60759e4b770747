/**
 * Reading untrusted XML safely: {@link org.chancery.xml.SafeXml} parses without DTDs or external
 * entities, {@link org.chancery.xml.Dom} walks a DOM, and {@link org.chancery.xml.XmlElement} is the lighter tree
 * {@code SafeXml.root} reads for sources of many small files. Shared by the importers and the claim
 * checker's archive reader, so neither depends on the other.
 */
package org.chancery.xml;
