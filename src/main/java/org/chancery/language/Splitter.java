package org.chancery.language;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Splits a text into raw pieces with offsets: words, numbers and emoji by Lucene's
 * {@link StandardTokenizer} (Unicode word breaks: "U.S", "Bullitt’s", "16.11.1933" stay whole),
 * and every other non-space character between them as a punctuation piece. A word right after
 * '#' or '@' is a hashtag or a handle. Linear in the text.
 */
final class Splitter {
    record Piece(int start, int end, Shape shape) {
    }

    private Splitter() {
    }

    /** A tokenizer allocates its buffers when made; each thread keeps one and gives it each text in turn. */
    private static final ThreadLocal<Reusable> TOKENIZER = ThreadLocal.withInitial(Reusable::new);

    /** A tokenizer with its attributes, reset for each text. */
    private static final class Reusable {
        final StandardTokenizer tz = new StandardTokenizer();
        final OffsetAttribute offset = tz.addAttribute(OffsetAttribute.class);
        final TypeAttribute type = tz.addAttribute(TypeAttribute.class);

        Reusable() {
            tz.setMaxTokenLength(1024);
        }
    }

    static List<Piece> split(String text) {
        List<Piece> out = new ArrayList<>(text.length() / 5 + 4);
        Reusable r = TOKENIZER.get();
        StandardTokenizer tz = r.tz;
        try {
            tz.setReader(new StringReader(text));
            tz.reset();
            int last = 0;
            while (tz.incrementToken()) {
                int s = r.offset.startOffset();
                int e = r.offset.endOffset();
                gap(text, last, s, out);
                out.add(new Piece(s, e, shape(text, s, e, r.type.type())));
                last = e;
            }
            tz.end();
            gap(text, last, text.length(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        } finally {
            try {
                tz.close(); // ready for the next text, also after a failure
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static Shape shape(String text, int s, int e, String type) {
        if (type.equals("<EMOJI>")) return Shape.EMOJI;
        if (type.equals("<NUM>") || Character.isDigit(text.charAt(s))) return Shape.NUMBER;
        if (s > 0 && text.charAt(s - 1) == '#') return Shape.HASHTAG;
        if (s > 0 && text.charAt(s - 1) == '@') return Shape.HANDLE;
        return Shape.WORD;
    }

    private static void gap(String text, int from, int to, List<Piece> out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) continue;
            if (Character.isHighSurrogate(c) && i + 1 < to) {
                out.add(new Piece(i, i + 2, Shape.EMOJI));
                i++;
                continue;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.FORMAT) continue;
            out.add(new Piece(i, i + 1, Shape.PUNCT));
        }
    }
}
