package org.chancery.error;

/** Input a user gave is wrong: names the parameter, the bad value and what was expected. */
public final class InvalidInputException extends ChanceryException {
    private final String parameter;
    private final String value;

    public InvalidInputException(String parameter, String value, String problem) {
        this(parameter, value, problem, null);
    }

    public InvalidInputException(String parameter, String value, String problem, Throwable cause) {
        super("invalid " + parameter + " '" + Abbrev.of(value) + "': " + problem, cause);
        this.parameter = parameter;
        this.value = value;
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }
}
