package org.chancery.language;

import java.util.Locale;

/**
 * A language the layer reads: its lexicon file ({@code <code>.tsv} beside this class), the
 * script of its words, and the Snowball stemmer of Lucene that gives their stems. Adding a
 * language is a constant here, a lexicon file, and its example in the tests.
 */
public enum Language {
    EN(Character.UnicodeScript.LATIN, "English"),
    RU(Character.UnicodeScript.CYRILLIC, "Russian");

    private final Character.UnicodeScript script;
    private final String stemmer;

    Language(Character.UnicodeScript script, String stemmer) {
        this.script = script;
        this.stemmer = stemmer;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    Character.UnicodeScript script() {
        return script;
    }

    String stemmerName() {
        return stemmer;
    }

    /** The language whose script a word is written in; English for digits and anything else. */
    public static Language ofWord(CharSequence word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                Character.UnicodeScript s = Character.UnicodeScript.of(c);
                for (Language l : values()) if (l.script == s) return l;
                return EN;
            }
        }
        return EN;
    }
}
