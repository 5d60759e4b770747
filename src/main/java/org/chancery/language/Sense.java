package org.chancery.language;

/**
 * One meaning of a word: a concept and, for months, seasons, ordinals and numbers, its value
 * ("November" is MONTH 11, "third" is ORDINAL 3); 0 otherwise.
 */
public record Sense(Concept concept, int arg) {
    public Category category() {
        return concept.category();
    }

    @Override
    public String toString() {
        return arg == 0 ? concept.name() : concept.name() + " " + arg;
    }
}
