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
}
