package org.chancery.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import org.chancery.date.PartialDate;
import org.chancery.error.InvalidInputException;

/** Reading query parameters, each failure naming the parameter and the value. */
final class Params {
    private Params() {
    }

    static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) throw new InvalidInputException(name, "", "required");
        return v;
    }

    static LocalDate day(Context ctx, String name, LocalDate dflt) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        return PartialDate.parseDay(v.strip(), name);
    }

    /** A day, a month or a year; {@code dflt} when absent. */
    static org.chancery.date.PartialDate date(Context ctx, String name, org.chancery.date.PartialDate dflt) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        return org.chancery.date.PartialDate.parse(v.strip(), name);
    }

    static int integer(Context ctx, String name, int dflt) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, v, "expected a whole number");
        }
    }

    /** A whole number from {@code min} to {@code max}; null when absent. */
    static Integer integer(Context ctx, String name, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        int n;
        try {
            n = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            n = Integer.MIN_VALUE;
        }
        if (n < min || n > max) throw new InvalidInputException(name, v, "expected a whole number from " + min + " to " + max);
        return n;
    }

    /** {@code true} or {@code false}; false when absent. */
    static boolean bool(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return false;
        return switch (v.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException(name, v, "expected true or false");
        };
    }
}
