package org.chancery.error;

/** Keeps messages to one readable line whatever a user pasted. */
final class Abbrev {
    private static final int MAX = 80;

    private Abbrev() {
    }

    static String of(String value) {
        if (value == null) return "";
        String oneLine = value.replaceAll("[\\r\\n\\t]+", " ");
        return oneLine.length() <= MAX ? oneLine : oneLine.substring(0, MAX) + "…";
    }
}
