package org.chancery.error;

import java.util.List;

/** A name or id that the record does not hold; carries the closest known names. */
public final class NotFoundException extends ChanceryException {
    private final String parameter;
    private final String value;
    private final List<String> suggestions;

    public NotFoundException(String what, String parameter, String value, List<String> suggestions) {
        super("unknown " + what + " '" + Abbrev.of(value) + "'"
                + (suggestions.isEmpty() ? "" : "; did you mean: " + String.join(", ", suggestions) + "?"), null);
        this.parameter = parameter;
        this.value = value;
        this.suggestions = List.copyOf(suggestions);
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }

    public List<String> suggestions() {
        return suggestions;
    }
}
