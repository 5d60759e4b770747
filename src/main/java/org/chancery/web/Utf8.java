package org.chancery.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.chancery.error.InvalidInputException;

/** Request bodies as text. Why strict: replacing bad bytes with U+FFFD would check a text the client never sent, and the CLI refuses the same bytes. */
final class Utf8 {
    private Utf8() {
    }

    static String strict(String parameter, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(parameter, bytes.length + " bytes", "not UTF-8 text");
        }
    }
}
