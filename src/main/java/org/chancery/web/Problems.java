package org.chancery.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chancery.error.ChanceryException;
import org.chancery.error.DataIntegrityException;
import org.chancery.error.InvalidInputException;
import org.chancery.error.NotFoundException;
import org.chancery.error.OverBudgetException;
import org.chancery.error.SourceUnavailableException;
import org.chancery.json.Json;

/**
 * The one place exceptions become HTTP answers, as RFC 9457 problem details: invalid input 400,
 * an unknown name 404, a body too large 413, a wrong method 405, a source unavailable or work
 * over its budget 503.
 * Anything else is a bug: 500 with no internals in the body.
 */
final class Problems {
    static final String TYPE = "application/problem+json; charset=utf-8";

    private Problems() {
    }

    static void install(Javalin app) {
        app.exception(InvalidInputException.class, (e, ctx) -> send(ctx, 400, "Invalid input", e.getMessage(), e.parameter()));
        app.exception(NotFoundException.class, (e, ctx) -> send(ctx, 404, "Not found", e.getMessage(), e.parameter()));
        app.exception(SourceUnavailableException.class, (e, ctx) -> send(ctx, 503, "Source unavailable", e.getMessage(), null));
        app.exception(OverBudgetException.class, (e, ctx) -> {
            ctx.header("Retry-After", "1");
            send(ctx, 503, "Over budget", e.getMessage(), null);
        });
        app.exception(DataIntegrityException.class, (e, ctx) -> send(ctx, 500, "Bad data in the store", e.getMessage(), null));
        app.exception(HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus(), statusTitle(e.getStatus()), e.getMessage(), null));
        app.exception(Exception.class, (e, ctx) -> {
            if (e instanceof ChanceryException) return;
            send(ctx, 500, "Internal error", "the server failed to answer; this is a bug", null);
        });
        app.error(404, ctx -> {
            if (!isProblem(ctx.res().getContentType())) send(ctx, 404, "Not found", "no such address: " + ctx.path(), null);
        });
        app.error(405, ctx -> send(ctx, 405, "Method not allowed", ctx.method() + " is not allowed on " + ctx.path(), null));
        app.error(413, ctx -> send(ctx, 413, "Payload too large", "request body over " + WebServer.MAX_BODY_BYTES + " bytes", null));
    }

    static void send(Context ctx, int status, String title, String detail, String parameter) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "about:blank");
        p.put("title", title);
        p.put("status", status);
        p.put("detail", detail);
        if (parameter != null) p.put("parameter", parameter);
        p.put("instance", ctx.path());
        ctx.status(status).contentType(TYPE).result(Json.writeLine(p));
    }

    private static boolean isProblem(String contentType) {
        return contentType != null && contentType.startsWith("application/problem+json");
    }

    static String statusTitle(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 408 -> "Request timeout";
            case 431 -> "Request header fields too large";
            case 503 -> "Service unavailable";
            case 405 -> "Method not allowed";
            case 413 -> "Payload too large";
            case 414 -> "URI too long";
            default -> "Error";
        };
    }
}
