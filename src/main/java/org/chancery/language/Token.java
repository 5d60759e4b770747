package org.chancery.language;

import java.util.List;

/**
 * A token of a text at [start, end), with what the lexicon of its language says it means.
 * Several words the lexicon knows as one expression ("broke off", "chargé d’affaires",
 * "верительные грамоты") are one token spanning them all.
 *
 * @param text   the text as written
 * @param word   lower case, accents folded, typographic apostrophes made plain ("soulé" → "soule")
 * @param key    the stem of {@code word} in its language ("relations" → "relat", "Францией" → "франц");
 *               for several words, their stems joined by a space
 * @param senses what the lexicon says it means; empty when it does not know it
 */
public record Token(String text, int start, int end, Shape shape, String word, String key, Language language,
                    List<Sense> senses) {

    public Token {
        senses = List.copyOf(senses);
    }

    // indexed loops: the readers ask these of every token many times, and an iterator is an allocation each time
    public boolean has(Concept c) {
        for (int i = 0; i < senses.size(); i++) if (senses.get(i).concept() == c) return true;
        return false;
    }

    public boolean is(Category c) {
        for (int i = 0; i < senses.size(); i++) if (senses.get(i).category() == c) return true;
        return false;
    }

    /** The first sense of a category, or null. */
    public Sense sense(Category c) {
        for (int i = 0; i < senses.size(); i++) if (senses.get(i).category() == c) return senses.get(i);
        return null;
    }

    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isWord() {
        return shape == Shape.WORD || shape == Shape.HASHTAG || shape == Shape.HANDLE;
    }

    /** A punctuation token that is this character. */
    public boolean isPunct(char c) {
        return shape == Shape.PUNCT && text.length() == 1 && text.charAt(0) == c;
    }

    @Override
    public String toString() {
        return text + "@" + start + (senses.isEmpty() ? "" : senses.toString());
    }
}
