package org.chancery.importer.states;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Compares state names across lists: case, accents, punctuation, "the" and "of America" aside. */
final class NameKey {
    private NameKey() {
    }

    // compiled once: every territory and every line of the state lists is keyed
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_KEPT = Pattern.compile("[^a-z0-9 ]");
    private static final Pattern THE = Pattern.compile("^the ");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static String of(String name) {
        String n = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        n = SPACES.matcher(THE.matcher(NOT_KEPT.matcher(n.replace('-', ' ')).replaceAll("")).replaceAll("")).replaceAll(" ").strip();
        return n;
    }
}
