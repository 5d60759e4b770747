package org.chancery.web;

import java.util.function.Supplier;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.chancery.anniversary.AnniversaryCalendar;
import org.chancery.anniversary.AnniversaryRule;
import org.chancery.anniversary.Calendar;
import org.chancery.anniversary.Window;
import org.chancery.claim.CheckResult;
import org.chancery.claim.Claim;
import org.chancery.error.InvalidInputException;
import org.chancery.event.Event;
import org.chancery.person.Person;
import org.chancery.mission.MissionStatus;
import org.chancery.record.EnvoyInPost;
import org.chancery.territory.Territory;
import org.chancery.relations.PairSources;
import org.chancery.territory.TerritoryId;

/**
 * Server-rendered pages: home and search, a pair of territories, anniversaries of a month, checking a post.
 * Each route gathers its page's values ({@link PageModels}) and renders the page's template ({@link Templates}).
 */
final class Pages {
    private final Supplier<Services> services;
    private final String example;
    private final CheckGate checks;

    Pages(Supplier<Services> services, CheckGate checks) {
        this.services = services;
        this.example = ExamplePost.seed().orElse(null);
        this.checks = checks;
    }

    /** The read model this request uses (one per request, even across a reload). */
    private Services s() {
        return services.get();
    }

    void register(Javalin app) {
        app.get("/", ctx -> ctx.html(home()));
        app.get("/search", this::search);
        app.get("/pair/{a}/{b}", ctx -> ctx.html(pair(ctx.pathParam("a"), ctx.pathParam("b"))));
        app.get("/anniversaries", ctx -> ctx.html(anniversaries(ctx.queryParam("month"))));
        app.get("/check", ctx -> ctx.html(checkPage("", null)));
        app.post("/check", ctx -> {
            String text = checks.readingBody(() -> ctx.formParam("text"));
            if (text == null) throw new InvalidInputException("text", "", "paste a post to check");
            var checker = s().checker();
            checks.run(ctx, deadline -> checker.check(text, null, deadline), (c, r) -> c.html(checkPage(text, r)));
        });
        app.get("/static/chancery.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(resource("chancery.css")));
        app.get("/static/chancery.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(resource("chancery.js")));
    }

    private String home() {
        LocalDate today = LocalDate.now();
        Calendar cal = AnniversaryCalendar.between(s().store().allEvents(), new Window(today, today.plusDays(7)), AnniversaryRule.everyFiveYears());
        return Templates.render("home.jte", new PageModels.Home(PageModels.AnniversaryItem.of(cal.days())));
    }

    private void search(Context ctx) {
        String q = Params.required(ctx, "q").strip();
        if (q.length() > 200) throw new InvalidInputException("q", q, "longer than 200 characters");
        Optional<Territory> t = s().queries().gazetteer().find(q);
        if (t.isPresent()) {
            ctx.redirect("/pair/united-states/" + t.get().id());
            return;
        }
        List<Person> people = s().queries().persons(q, 30);
        List<String> near = people.isEmpty() ? s().queries().gazetteer().suggest(q) : List.of();
        ctx.html(Templates.render("search.jte", new PageModels.Search(q, near,
                people.stream().map(p -> PageModels.PersonItem.of(p, s().store().tenuresOf(p.id()))).toList())));
    }

    private String pair(String aName, String bName) {
        Territory a = s().queries().territory("a", aName);
        Territory b = s().queries().territory("b", bName);
        List<Event> events = s().queries().timeline(a.id(), b.id());
        TerritoryId post = a.id().equals(TerritoryId.UNITED_STATES) ? b.id() : a.id();
        boolean withUs = !post.equals(TerritoryId.UNITED_STATES) && (a.id().equals(TerritoryId.UNITED_STATES) || b.id().equals(TerritoryId.UNITED_STATES));
        // envoys belong to a pair with the United States: never one pair's envoys under another pair's heading
        List<EnvoyInPost> envoys = withUs ? s().queries().envoys(post) : List.of();
        List<MissionStatus> missions = withUs ? s().queries().missions(post).periods() : List.of();
        Territory sender = a.id().equals(post) ? a : b;
        return Templates.render("pair.jte", new PageModels.Pair(a.name() + " – " + b.name(), TimelineSvg.layout(events, LocalDate.now(), missions),
                events.stream().filter(TimelineSvg::isRelationsEvent).map(PageModels.EventItem::of).toList(),
                PageModels.MissionItem.of(missions), envoys.stream().map(PageModels.ChiefItem::of).toList(),
                PairSources.coverageAndDisagreement(events), sender.name(),
                withUs ? s().queries().envoysToUnitedStates(post).stream().map(PageModels.EnvoyToUsItem::of).toList() : List.of()));
    }

    private String anniversaries(String month) {
        YearMonth ym;
        try {
            ym = month == null ? YearMonth.now() : YearMonth.parse(month);
        } catch (RuntimeException e) {
            throw new InvalidInputException("month", month, "expected YYYY-MM");
        }
        Calendar cal = AnniversaryCalendar.between(s().store().allEvents(), new Window(ym.atDay(1), ym.atEndOfMonth()),
                AnniversaryRule.everyFiveYears());
        LocalDate today = LocalDate.now();
        String feed = "/api/anniversaries.ics?from=" + today + "&to=" + today.plusYears(1);
        return Templates.render("anniversaries.jte", new PageModels.Anniversaries(ym.toString(), ym.minusMonths(1).toString(),
                ym.plusMonths(1).toString(), feed, PageModels.AnniversaryItem.of(cal.days()), PageModels.AnniversaryItem.of(cal.months()),
                PageModels.AnniversaryItem.of(cal.years())));
    }

    private String checkPage(String text, CheckResult r) {
        if (r == null) return Templates.render("check.jte", new PageModels.Check(text, example, false, List.of(), List.of()));
        List<PageModels.ClaimItem> claims = new java.util.ArrayList<>();
        for (Claim c : r.claims()) claims.add(PageModels.ClaimItem.of(claims.size() + 1, c));
        return Templates.render("check.jte", new PageModels.Check(text, example, true, Highlight.segments(text, r.claims()), claims));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Pages.class.getResourceAsStream("/org/chancery/web/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
