package org.chancery.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chancery.anniversary.Anniversary;
import org.chancery.anniversary.AnniversaryCalendar;
import org.chancery.anniversary.AnniversaryRule;
import org.chancery.anniversary.Calendar;
import org.chancery.anniversary.Window;
import org.chancery.claim.CheckResult;
import org.chancery.claim.Claim;
import org.chancery.claim.Evidence;
import org.chancery.error.InvalidInputException;
import org.chancery.event.Event;
import org.chancery.mission.Tenure;
import org.chancery.person.Person;
import org.chancery.record.EnvoyInPost;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;

/** Server-rendered pages: home and search, a pair of territories, anniversaries of a month, checking a post. */
final class Pages {
    private final Services s;

    Pages(Services s) {
        this.s = s;
    }

    void register(Javalin app) {
        app.get("/", ctx -> ctx.html(home()));
        app.get("/search", this::search);
        app.get("/pair/{a}/{b}", ctx -> ctx.html(pair(ctx.pathParam("a"), ctx.pathParam("b"))));
        app.get("/anniversaries", ctx -> ctx.html(anniversaries(ctx.queryParam("month"))));
        app.get("/check", ctx -> ctx.html(checkPage("", null)));
        app.post("/check", ctx -> {
            String text = ctx.formParam("text");
            if (text == null) throw new InvalidInputException("text", "", "paste a post to check");
            ctx.html(checkPage(text, s.checker().check(text, null)));
        });
        app.get("/static/chancery.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(resource("chancery.css")));
        app.get("/static/chancery.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(resource("chancery.js")));
    }

    private String home() {
        LocalDate today = LocalDate.now();
        Calendar cal = AnniversaryCalendar.between(s.store().allEvents(), new Window(today, today.plusDays(7)), AnniversaryRule.everyFiveYears());
        StringBuilder b = new StringBuilder("""
                <h1>The diplomatic record, as a timeline</h1>
                <form class="search" action="/search" method="get"><label for="q">Country or person</label>
                <input id="q" name="q" placeholder="Soviet Union, France, William Bullitt…" required maxlength="200">
                <button>Search</button></form>
                """);
        b.append("<h2>Anniversaries this week</h2>").append(anniversaryList(cal.days()));
        return Html.page("Chancery", b.toString());
    }

    private void search(Context ctx) {
        String q = Params.required(ctx, "q").strip();
        if (q.length() > 200) throw new InvalidInputException("q", q, "longer than 200 characters");
        Optional<Territory> t = s.queries().gazetteer().find(q);
        if (t.isPresent()) {
            ctx.redirect("/pair/united-states/" + t.get().id());
            return;
        }
        String lower = q.toLowerCase(Locale.ROOT);
        List<Person> people = s.store().persons().stream().filter(p -> p.displayName().toLowerCase(Locale.ROOT).contains(lower)).limit(30).toList();
        StringBuilder b = new StringBuilder("<h1>Search: " + Html.esc(q) + "</h1>");
        if (people.isEmpty()) {
            b.append("<p>No country or person of the record matches.</p>");
            List<String> near = s.queries().gazetteer().suggest(q);
            if (!near.isEmpty()) b.append("<p>Closest names: ").append(Html.esc(String.join(", ", near))).append("</p>");
        }
        b.append("<ul class=\"people\">");
        for (Person p : people) {
            b.append("<li><a href=\"").append(Html.esc(p.url())).append("\">").append(Html.esc(p.displayName())).append("</a>");
            for (Tenure te : s.store().tenuresOf(p.id())) {
                b.append(" · <a href=\"/pair/united-states/").append(te.post()).append("\">").append(Html.esc(te.roleTitle()))
                        .append(", ").append(Html.esc(te.post())).append(" ").append(te.appointed() == null ? "" : te.appointed().year())
                        .append("</a>");
            }
            b.append("</li>");
        }
        ctx.html(Html.page("Search", b.append("</ul>").toString()));
    }

    private String pair(String aName, String bName) {
        Territory a = s.queries().territory("a", aName);
        Territory b = s.queries().territory("b", bName);
        List<Event> events = s.queries().timeline(a.id(), b.id());
        StringBuilder h = new StringBuilder();
        h.append("<h1>").append(Html.esc(a.name())).append(" – ").append(Html.esc(b.name())).append("</h1>");
        h.append(TimelineSvg.draw(events, LocalDate.now()));
        h.append("<p id=\"caption\" class=\"caption\">Hover or tap a mark for its citation.</p>");
        h.append("<h2>Events</h2><ol class=\"events\">");
        for (Event e : events) {
            if (!TimelineSvg.isRelationsEvent(e)) continue;
            h.append("<li data-date=\"").append(e.date()).append("\"><time>").append(e.date()).append("</time> <span class=\"kind\">")
                    .append(e.kind().slug()).append("</span> ").append(Html.esc(e.title())).append("<blockquote>")
                    .append(Html.esc(e.citation().quote())).append("</blockquote>").append(PairSections.sources(e)).append("</li>");
        }
        h.append("</ol>").append(PairSections.coverage(events));
        // envoys belong to a pair with the United States only: never show one pair's envoys under another pair's heading
        boolean withUs = a.id().equals(TerritoryId.UNITED_STATES) || b.id().equals(TerritoryId.UNITED_STATES);
        Territory other = a.id().equals(TerritoryId.UNITED_STATES) ? b : a;
        List<EnvoyInPost> envoys = withUs ? s.queries().envoys(other.id()) : List.of();
        if (!envoys.isEmpty()) {
            h.append("<h2>U.S. chiefs of mission</h2><div class=\"scroll\"><table><thead><tr><th>Name</th><th>Title</th><th>Appointed</th>")
                    .append("<th>Credentials</th><th>Ended</th></tr></thead><tbody>");
            for (EnvoyInPost e : envoys) {
                Tenure t = e.tenure();
                h.append("<tr><td><a href=\"").append(Html.esc(t.citation().url())).append("\">").append(Html.esc(e.person().displayName()))
                        .append("</a></td><td>").append(Html.esc(t.roleTitle())).append("</td><td>").append(Html.esc(t.appointed()))
                        .append("</td><td>").append(Html.esc(t.credentials())).append("</td><td>").append(Html.esc(t.ended())).append("</td></tr>");
            }
            h.append("</tbody></table></div>");
        }
        if (withUs && !other.id().equals(TerritoryId.UNITED_STATES)) {
            h.append(PairSections.foreignEnvoys(other, s.queries().envoysToUnitedStates(other.id())));
        }
        return Html.page(a.name() + " – " + b.name(), h.toString());
    }

    private String anniversaries(String month) {
        YearMonth ym;
        try {
            ym = month == null ? YearMonth.now() : YearMonth.parse(month);
        } catch (RuntimeException e) {
            throw new InvalidInputException("month", month, "expected YYYY-MM");
        }
        Calendar cal = AnniversaryCalendar.between(s.store().allEvents(), new Window(ym.atDay(1), ym.atEndOfMonth()),
                AnniversaryRule.everyFiveYears());
        LocalDate today = LocalDate.now();
        String feed = "/api/anniversaries.ics?from=" + today + "&to=" + today.plusYears(1);
        StringBuilder h = new StringBuilder("<h1>Anniversaries, " + Html.esc(ym) + "</h1>");
        h.append("<p><a href=\"/anniversaries?month=").append(ym.minusMonths(1)).append("\">← ").append(ym.minusMonths(1))
                .append("</a> · <a href=\"/anniversaries?month=").append(ym.plusMonths(1)).append("\">").append(ym.plusMonths(1))
                .append(" →</a> · <a class=\"subscribe\" href=\"").append(Html.esc(feed)).append("\">Subscribe (iCalendar)</a></p>");
        h.append("<h2>On the day</h2>").append(anniversaryList(cal.days()));
        if (!cal.months().isEmpty()) h.append("<h2>Known only to the month</h2>").append(anniversaryList(cal.months()));
        if (!cal.years().isEmpty()) h.append("<h2>Known only to the year</h2>").append(anniversaryList(cal.years()));
        return Html.page("Anniversaries " + ym, h.toString());
    }

    private String anniversaryList(List<Anniversary> list) {
        if (list.isEmpty()) return "<p>None.</p>";
        StringBuilder b = new StringBuilder("<ul class=\"anniversaries\">");
        for (Anniversary a : list) {
            Event e = a.event();
            TerritoryId other = e.counterpart(TerritoryId.UNITED_STATES);
            b.append("<li><time>").append(a.on()).append("</time> <strong>").append(Html.esc(a.label())).append("</strong> ")
                    .append("<a href=\"/pair/").append(e.parties().get(0)).append('/').append(e.parties().get(1)).append("\">")
                    .append(Html.esc(e.title())).append("</a> (").append(Html.esc(other)).append(", ").append(e.date()).append(") ")
                    .append("<a class=\"source\" href=\"").append(Html.esc(e.citation().url())).append("\">source</a></li>");
        }
        return b.append("</ul>").toString();
    }

    private String checkPage(String text, CheckResult r) {
        StringBuilder h = new StringBuilder("<h1>Check a post</h1><form method=\"post\" action=\"/check\" class=\"check\">"
                + "<textarea name=\"text\" rows=\"8\" maxlength=\"100000\" required>" + Html.esc(text) + "</textarea>"
                + "<button>Check</button></form>");
        if (r != null) {
            h.append("<div class=\"checked\"><div class=\"post\">").append(Highlight.marked(text, r.claims())).append("</div><ol class=\"claims\">");
            int n = 0;
            for (Claim c : r.claims()) {
                n++;
                h.append("<li id=\"claim-").append(n).append("\" class=\"verdict-").append(c.verdict().slug()).append("\"><strong>")
                        .append(c.verdict().slug()).append("</strong> ").append(c.kind().slug()).append(" ")
                        .append(Html.esc(String.join("–", c.parties().stream().map(Object::toString).toList()))).append(" ")
                        .append(c.date() == null ? "(undated)" : c.date()).append("<p>").append(Html.esc(c.note())).append("</p>");
                for (Evidence e : c.evidence()) {
                    h.append("<blockquote>").append(Html.esc(e.quote())).append("</blockquote><a class=\"source\" href=\"")
                            .append(Html.esc(e.url())).append("\">Source: ").append(Html.esc(e.source())).append(" ")
                            .append(Html.esc(e.record())).append("</a>");
                }
                h.append("</li>");
            }
            if (n == 0) h.append("<li>No dated diplomatic claims found.</li>");
            h.append("</ol></div>");
        }
        return Html.page("Check a post", h.toString());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Pages.class.getResourceAsStream("/org/chancery/web/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
