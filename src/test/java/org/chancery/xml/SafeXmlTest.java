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
}
