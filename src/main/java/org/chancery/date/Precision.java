package org.chancery.date;

/** How much of a date the record states. */
public enum Precision {
    YEAR, MONTH, DAY;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
