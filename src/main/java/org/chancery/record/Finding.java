package org.chancery.record;

/**
 * Something an importer noticed and did not hide: a record it could not classify or date,
 * a reference to an unknown id. The edge decides how to show it.
 */
public record Finding(String source, String location, String message) {
    @Override
    public String toString() {
        return source + " " + location + ": " + message;
    }
}
