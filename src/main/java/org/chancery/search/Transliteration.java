package org.chancery.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/** Cyrillic to Latin letters, read from {@code cyrillic-latin.tsv} beside this class. */
final class Transliteration {
    static final NormalizeCharMap CYRILLIC_TO_LATIN = load("cyrillic-latin.tsv");

    private Transliteration() {
    }

    private static NormalizeCharMap load(String name) {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        try (InputStream in = Transliteration.class.getResourceAsStream(name);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length != 2 || f[0].length() != 1) throw new IllegalStateException(name + ": bad line '" + line + "'");
                b.add(f[0], f[1]);
                b.add(f[0].toUpperCase(Locale.ROOT), f[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.build();
    }
}
