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
        try {
            return PartialDate.parseDay(v.strip());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(name, v, e.getMessage().replaceFirst("^invalid [^']*'[^']*': ", ""));
        }
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
