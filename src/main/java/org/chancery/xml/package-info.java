/**
 * Reading untrusted XML safely: {@link org.chancery.xml.SafeXml} parses without DTDs or external
 * entities, {@link org.chancery.xml.Dom} walks the result. Shared by the importers and the claim
 * checker's archive reader, so neither depends on the other.
 */
package org.chancery.xml;
