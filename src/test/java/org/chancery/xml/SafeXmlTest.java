package org.chancery.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.chancery.error.DataIntegrityException;
import org.junit.jupiter.api.Test;

class SafeXmlTest {

    private static ByteArrayInputStream xml(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesAnExternalEntity() {
        assertThatThrownBy(() -> SafeXml.parse(Path.of("src/test/resources/xml/xxe.xml")))
                .isInstanceOf(DataIntegrityException.class)
                .hasMessageContaining("xxe.xml")
                .hasMessageContaining("DOCTYPE is not allowed");
    }

    @Test
    void refusesAnyDoctypeEvenWithoutEntities() {
        assertThatThrownBy(() -> SafeXml.parse(xml("<!DOCTYPE a><a/>"), "inline.xml"))
                .isInstanceOf(DataIntegrityException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesEntityExpansionBombs() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><a>&lol2;</a>";
        assertThatThrownBy(() -> SafeXml.parse(xml(bomb), "bomb.xml")).isInstanceOf(DataIntegrityException.class);
    }

    @Test
    void reportsMalformedXmlWithFileAndLine() {
        assertThatThrownBy(() -> SafeXml.parse(Path.of("src/test/resources/xml/malformed.xml")))
                .isInstanceOf(DataIntegrityException.class)
                .hasMessageContaining("malformed.xml:1")
                .hasMessageContaining("malformed XML");
    }

    @Test
    void parsesNamespacedTei() {
        var doc = SafeXml.parse(xml("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><div type=\"timeline\"><head>H</head></div></text></TEI>"), "t.xml");
        assertThat(Dom.descendants(doc.getDocumentElement(), "div")).hasSize(1);
    }

    @Test
    void aTreeRefusesAnExternalEntity() {
        assertThatThrownBy(() -> SafeXml.root(Path.of("src/test/resources/xml/xxe.xml")))
                .isInstanceOf(DataIntegrityException.class)
                .hasMessageContaining("xxe.xml:2")
                .hasMessageContaining("DOCTYPE is not allowed");
    }

    @Test
    void aTreeRefusesAnyDoctypeAndEntityBombs() {
        assertThatThrownBy(() -> SafeXml.root(xml("<!DOCTYPE a><a/>"), "inline.xml"))
                .isInstanceOf(DataIntegrityException.class).hasMessageContaining("DOCTYPE");
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><a>&lol2;</a>";
        assertThatThrownBy(() -> SafeXml.root(xml(bomb), "bomb.xml")).isInstanceOf(DataIntegrityException.class);
    }

    @Test
    void aTreeRefusesAnUndeclaredEntity() {
        assertThatThrownBy(() -> SafeXml.root(xml("<a>&nope;</a>"), "entity.xml"))
                .isInstanceOf(DataIntegrityException.class).hasMessageContaining("entity.xml");
    }

    @Test
    void aTreeReportsMalformedXmlWithFileAndLine() {
        assertThatThrownBy(() -> SafeXml.root(Path.of("src/test/resources/xml/malformed.xml")))
                .isInstanceOf(DataIntegrityException.class)
                .hasMessageContaining("malformed.xml:1")
                .hasMessageContaining("malformed XML");
        assertThatThrownBy(() -> SafeXml.root(xml(""), "empty.xml")).isInstanceOf(DataIntegrityException.class)
                .hasMessageContaining("empty.xml");
        assertThatThrownBy(() -> SafeXml.root(xml("<a/><b/>"), "two.xml")).isInstanceOf(DataIntegrityException.class);
    }

    @Test
    void aTreeHoldsNamesAttributesAndTextAsADomWould() {
        XmlElement root = SafeXml.root(xml("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:x=\"urn:x\"><trip who=\"a-b\" x:id=\"7\">"
                + "<name> Joseph\n   R. <!-- c --><![CDATA[Biden]]> &amp; co </name><name>second</name>"
                + "<country id=\"uk\">United<b>Kingdom</b></country></trip></TEI>"), "t.xml");
        XmlElement trip = root.child("trip");
        assertThat(root.name()).isEqualTo("TEI");
        assertThat(trip.attribute("who")).isEqualTo("a-b");
        assertThat(trip.attribute("x:id")).isEqualTo("7");
        assertThat(trip.attribute("id")).isEmpty();
        assertThat(trip.text("name")).isEqualTo("Joseph R. Biden & co");
        assertThat(trip.children("name")).hasSize(2);
        assertThat(trip.text("country")).isEqualTo("UnitedKingdom");
        assertThat(trip.text("country/b")).isEqualTo("Kingdom");
        assertThat(trip.text("country/none")).isNull();
        assertThat(root.descendants("b")).extracting(XmlElement::text).containsExactly("Kingdom");
        assertThat(root.child("none")).isNull();
    }

    @Test
    void normalizedCollapsesAsciiWhiteSpaceRunsAndStrips() {
        assertThat(Dom.normalized(null)).isEmpty();
        assertThat(Dom.normalized("plain")).isEqualTo("plain");
        assertThat(Dom.normalized("  a b\t\tc\n d\r\n")).isEqualTo("a b c d");
        assertThat(Dom.normalized("a\u000Bb\fc")).isEqualTo("a b c");
        // only ASCII white space collapses, as the regex \\s did; strip() still trims Unicode space at the ends
        assertThat(Dom.normalized("\u2003a\u00A0\u00A0b\u2003")).isEqualTo("a\u00A0\u00A0b");
    }
}
