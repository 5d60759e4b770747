package org.chancery.language;

import java.util.List;

/**
 * One line of a lexicon: the stem keys of its words, whether its first word must be written
 * with a capital (a form written so in the file: "May" the month, not "may"), its sense, and,
 * for a form marked exact ('=' before it: "=consulate", whose stem is that of "consul"), the
 * folded words it must match as written.
 */
record Entry(List<String> keys, List<String> words, boolean capital, Sense sense, String form) {
    boolean exact() {
        return words != null;
    }
}
