package org.chancery.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.chancery.anniversary.AnniversaryCalendar;
import org.chancery.anniversary.AnniversaryRule;
import org.chancery.anniversary.Calendar;
import org.chancery.anniversary.IcsFeed;
import org.chancery.anniversary.Window;
import org.chancery.claim.CheckResult;
import org.chancery.date.PartialDate;
import org.chancery.error.InvalidInputException;
import org.chancery.event.Event;
import org.chancery.event.EventKind;
import org.chancery.json.Json;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;

/** The JSON API under {@code /api}; {@code openapi.json} documents exactly these routes. */
final class ApiRoutes {
    private final Supplier<Services> services;
    private final AnswerBytes answers = new AnswerBytes();
    private final CheckGate checks;

    ApiRoutes(Supplier<Services> services, CheckGate checks) {
        this.services = services;
        this.checks = checks;
    }

    /** The read model this request uses (one per request, even across a reload). */
    private Services s() {
        return services.get();
    }

    void register(Javalin app) {
        app.get("/api/health", ctx -> {
            var store = s().store();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("status", "ok");
            out.put("events", store.allEvents().size());
            out.put("generation", store.generation().number());
            out.put("importedAt", store.generation().importedAt());
            ctx.json(out);
        });
        app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
        app.get("/api/territories", ctx -> ctx.json(s().queries().gazetteer().all()));
        app.get("/api/territories/{name}", ctx -> ctx.json(territory("name", ctx.pathParam("name"))));
        app.get("/api/relations", this::relations);
        app.get("/api/timeline", this::timeline);
        app.get("/api/envoys", this::envoys);
        app.get("/api/missions", this::missions);
        app.get("/api/search", ctx -> {
            String q = Params.required(ctx, "q");
            int limit = Params.integer(ctx, "limit", 20);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("query", q);
            out.put("persons", s().queries().persons(q, limit));
            out.put("events", s().queries().search(q, limit));
            ctx.json(out);
        });
        app.get("/api/anniversaries", this::anniversaries);
        app.get("/api/anniversaries.ics", ctx -> ctx.contentType("text/calendar; charset=utf-8")
                .result(IcsFeed.write(calendar(ctx), s().queries().gazetteer())));
        app.get("/api/post", ctx -> {
            LocalDate day = Params.day(ctx, "date", LocalDate.now());
            TerritoryId party = ctx.queryParam("party") == null ? null : territory("party", ctx.queryParam("party")).id();
            var post = s().posts().write(day, party, ctx.queryParamAsClass("lang", String.class).getOrDefault("en"), ctx.queryParams("hashtag"));
            ctx.json(PostForms.answer(ctx, post));
        });
        app.post("/api/check", this::check);
    }

    private Territory territory(String param, String name) {
        return s().queries().territory(param, name);
    }

    private void relations(Context ctx) throws IOException {
        Territory a = territory("a", Params.required(ctx, "a"));
        Territory b = territory("b", Params.required(ctx, "b"));
        // a day, or a month or year: the state at its start and each change during it
        PartialDate on = Params.date(ctx, "on", PartialDate.of(LocalDate.now()));
        List<Event> events = s().queries().timeline(a.id(), b.id());
        json(ctx, answers.json("relations|" + a.id() + "|" + b.id() + "|" + on, events,
                () -> on.precision() == org.chancery.date.Precision.DAY ? s().queries().relations(a.id(), b.id(), on.start())
                        : s().queries().relationsDuring(a.id(), b.id(), on)));
    }

    private void timeline(Context ctx) throws IOException {
        Territory a = territory("a", Params.required(ctx, "a"));
        Territory b = territory("b", Params.required(ctx, "b"));
        List<Event> events = s().queries().timeline(a.id(), b.id());
        boolean all = "true".equals(ctx.queryParam("all"));
        json(ctx, answers.json("timeline|" + a.id() + "|" + b.id() + "|" + all, events, () -> s().queries().timeline(a.id(), b.id(), all)));
    }

    /**
     * Written with its length when it goes out as it is, so that Jetty sends it in one piece rather
     * than chunked, and straight into Jetty's buffer in one write: through {@code ctx.result} Javalin
     * copies it again through a stream and its compression wrapper, a good part of the request. A
     * client that accepts compression gets it compressed (by Javalin), and its length then is not this.
     */
    private static void json(Context ctx, byte[] json) throws IOException {
        ctx.contentType(io.javalin.http.ContentType.APPLICATION_JSON);
        String accepted = ctx.header("Accept-Encoding");
        if (accepted == null || accepted.isBlank() || accepted.strip().equals("identity")) {
            ctx.res().setContentLength(json.length);
            ctx.res().getOutputStream().write(json);
            return;
        }
        ctx.result(json);
    }

    private void envoys(Context ctx) {
        Territory t = territory("territory", Params.required(ctx, "territory"));
        PartialDate on = Params.date(ctx, "on", null);
        String to = ctx.queryParam("to");
        if (to != null && territory("to", to).id().equals(TerritoryId.UNITED_STATES) && !t.id().equals(TerritoryId.UNITED_STATES)) {
            ctx.json(Map.of("territory", t.id(), "to", TerritoryId.UNITED_STATES, "envoys",
                    on == null ? s().queries().envoysToUnitedStates(t.id()) : s().queries().envoysToUnitedStatesDuring(t.id(), on)));
            return;
        }
        ctx.json(Map.of("territory", t.id(), "envoys", on == null ? s().queries().envoys(t.id()) : s().queries().envoysDuring(t.id(), on)));
    }

    private void missions(Context ctx) {
        Territory t = territory("territory", Params.required(ctx, "territory"));
        LocalDate on = Params.day(ctx, "on", null);
        var missions = s().queries().missions(t.id());
        if (on != null) ctx.json(missions.on(on));
        else ctx.json(Map.of("territory", t.id(), "periods", missions.periods()));
    }

    private void anniversaries(Context ctx) {
        ctx.json(calendar(ctx));
    }

    Calendar calendar(Context ctx) {
        LocalDate from = Params.day(ctx, "from", LocalDate.now());
        LocalDate to = Params.day(ctx, "to", from.plusDays(30));
        TerritoryId party = ctx.queryParam("party") == null ? null : territory("party", ctx.queryParam("party")).id();
        Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        for (String k : ctx.queryParams("kind")) kinds.add(EventKind.fromSlug(k));
        AnniversaryRule rule = new AnniversaryRule(Params.integer(ctx, "every", 5), kinds.isEmpty() ? null : kinds, party);
        return AnniversaryCalendar.between(s().store().allEvents(), new Window(from, to), rule);
    }

    /** The body is the post as text/plain, or JSON {"text": "...", "asOf": "YYYY-MM-DD"}. */
    private void check(Context ctx) throws IOException {
        String body = Utf8.strict("body", checks.body(ctx, WebServer.MAX_BODY_BYTES));
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        LocalDate asOf = Params.day(ctx, "asOf", null);
        if (type.startsWith("application/json")) {
            JsonNode node;
            try {
                node = Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new InvalidInputException("body", body, "malformed JSON");
            }
            if (node == null || !node.path("text").isTextual()) throw new InvalidInputException("text", body, "expected {\"text\": \"...\"}");
            if (node.hasNonNull("asOf")) asOf = PartialDate.parseDay(node.get("asOf").asText(), "asOf");
            body = node.get("text").asText();
        }
        String text = body;
        LocalDate anchor = asOf;
        var checker = s().checker();
        checks.run(ctx, deadline -> checker.check(text, anchor, deadline), Context::json);
    }

    private static String openApi() throws IOException {
        try (InputStream in = ApiRoutes.class.getResourceAsStream("/org/chancery/web/openapi.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }


}
