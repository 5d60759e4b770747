package org.chancery.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.json.Json;
import org.chancery.mission.ForeignEnvoy;
import org.chancery.territory.Territory;

/** Prints a state's envoys to the United States, each with the remark that states it quoted. */
final class ForeignEnvoyText {
    private ForeignEnvoyText() {
    }

    static void print(PrintStream out, boolean json, Territory sender, org.chancery.date.PartialDate day, List<ForeignEnvoy> envoys) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("territory", sender.id());
            m.put("to", "united-states");
            m.put("on", day == null ? "" : day.toString());
            m.put("envoys", envoys);
            m.put("coverage", "FRUS persons lists: remarks on foreign envoys, dated at year or month precision where dated at all");
            out.println(Json.write(m));
            return;
        }
        out.printf("Envoys of %s to the United States%s: %d%n", day == null ? sender.name() : sender.nameOn(day.start(), "en"),
                day == null ? "" : " in post on " + day, envoys.size());
        for (ForeignEnvoy e : envoys) {
            out.printf("  %-32s %s, from %s%s%n", e.name(), e.rank(), e.from() == null ? "?" : e.from(),
                    e.to() == null ? "" : " to " + e.to());
            out.printf("  %-32s \"%s\"%n", "", e.citation().quote());
            out.printf("  %-32s %s · %s%n", "", e.citation().reference(), e.citation().url());
        }
    }
}
