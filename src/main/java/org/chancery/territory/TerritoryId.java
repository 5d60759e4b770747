package org.chancery.territory;

import org.chancery.error.InvalidInputException;

/** A territory's id: the rdcr/pocom slug ({@code russia}, {@code united-states}). */
public record TerritoryId(String value) implements Comparable<TerritoryId> {
    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public static final TerritoryId UNITED_STATES = new TerritoryId("united-states");

    public TerritoryId {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw new InvalidInputException("territory id", value, "expected a lower-case slug such as 'russia'");
        }
    }

    @Override
    public int compareTo(TerritoryId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
