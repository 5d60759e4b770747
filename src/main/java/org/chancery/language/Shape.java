package org.chancery.language;

/** What a token looks like, before any meaning is given to it. */
public enum Shape {
    /** Letters (with inner apostrophes and periods: "U.S", "Bullitt’s", "d’Affaires"). */
    WORD,
    /** Digits, possibly with inner periods ("1933", "16.11.1933"), or digits run into letters ("1933http", "1st"). */
    NUMBER,
    /** A pictograph or a flag (regional-indicator pair). */
    EMOJI,
    /** One punctuation or symbol character between words. */
    PUNCT,
    /** A word written after '#'. */
    HASHTAG,
    /** A word written after '@'. */
    HANDLE
}
