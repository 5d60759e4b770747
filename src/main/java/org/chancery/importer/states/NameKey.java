package org.chancery.importer.states;

import java.text.Normalizer;
import java.util.Locale;

/** Compares state names across lists: case, accents, punctuation, "the" and "of America" aside. */
final class NameKey {
    private NameKey() {
    }

    static String of(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        n = n.replace('-', ' ').replaceAll("[^a-z0-9 ]", "").replaceAll("^the ", "").replaceAll("\\s+", " ").strip();
        return n;
    }
}
