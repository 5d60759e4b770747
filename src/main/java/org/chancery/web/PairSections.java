package org.chancery.web;

import java.util.List;
import org.chancery.event.Citation;
import org.chancery.event.Event;
import org.chancery.mission.ForeignEnvoy;
import org.chancery.relations.PairSources;
import org.chancery.territory.Territory;

/**
 * The parts of a pair page that say where facts come from: what each source holds for the pair,
 * an event's sources (Wikipedia's with its credit and licence), and another state's envoys to the
 * United States as the FRUS persons lists state them.
 */
final class PairSections {
    private PairSections() {
    }

    static String coverage(List<Event> events) {
        StringBuilder h = new StringBuilder("<h2>What the sources hold</h2><ul class=\"coverage\">");
        for (String c : PairSources.coverage(events)) h.append("<li>").append(Html.esc(c)).append("</li>");
        return h.append("</ul>").toString();
    }

    static String sources(Event e) {
        StringBuilder h = new StringBuilder();
        for (Citation c : e.citations()) {
            h.append("<a class=\"source\" href=\"").append(Html.esc(c.url())).append("\">Source: ");
            if (c.needsAttribution()) {
                h.append(Html.esc(c.record())).append(" (").append(Html.esc(c.credit())).append(")");
            } else {
                h.append(Html.esc(c.dataset())).append(" ").append(Html.esc(c.record()));
            }
            h.append("</a> ");
        }
        return h.toString();
    }

    static String foreignEnvoys(Territory sender, List<ForeignEnvoy> envoys) {
        if (envoys.isEmpty()) return "";
        StringBuilder h = new StringBuilder("<h2>Envoys of ").append(Html.esc(sender.name()))
                .append(" to the United States</h2><p>As the remarks of the FRUS persons lists state them.</p>")
                .append("<div class=\"scroll\"><table><thead><tr><th>Name</th><th>Rank</th><th>From</th><th>To</th><th>Remark</th></tr>")
                .append("</thead><tbody>");
        for (ForeignEnvoy e : envoys) {
            h.append("<tr><td><a href=\"").append(Html.esc(e.citation().url())).append("\">").append(Html.esc(e.name()))
                    .append("</a></td><td>").append(Html.esc(e.rank())).append("</td><td>").append(Html.esc(e.from())).append("</td><td>")
                    .append(Html.esc(e.to())).append("</td><td>").append(Html.esc(e.citation().quote())).append("</td></tr>");
        }
        return h.append("</tbody></table></div>").toString();
    }
}
