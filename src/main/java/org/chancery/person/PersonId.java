package org.chancery.person;

import org.chancery.error.InvalidInputException;

/** A pocom person id such as {@code bullitt-william-christian}. */
public record PersonId(String value) implements Comparable<PersonId> {
    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("[a-z0-9]+([-_.][a-z0-9]+)*");

    public PersonId {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw new InvalidInputException("person id", value, "expected a lower-case slug such as 'bullitt-william-christian'");
        }
    }

    @Override
    public int compareTo(PersonId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
