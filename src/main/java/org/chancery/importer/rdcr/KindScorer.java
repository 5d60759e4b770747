package org.chancery.importer.rdcr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.chancery.error.InvalidInputException;
import org.chancery.event.Event;
import org.chancery.event.EventKind;
import org.chancery.json.Json;

/**
 * Scores the importer's kinds and dates against labelled timeline entries
 * ({@code ../shared/eval/rdcr-kinds-dev.jsonl}: territory, div_index, kind, date, negated).
 *
 * <p>An entry is found by its event id {@code rdcr:<territory>:<div_index>}, where div_index
 * counts the article's {@code <div type="timeline">} from 1 in document order, nested ones
 * included, exactly as the importer numbers them. The second event of an entry that states two
 * ({@link JointEvents}: {@code rdcr:<territory>:<div_index>:<kind>}) is not looked at: an entry
 * is scored by its first, the kind it is labelled with. An entry the importer did not keep (no date)
 * counts as kind {@code other} with no date. A negated entry is labelled with the event it
 * denies ("did not recognize": recognition); it is right when it is imported as anything but that
 * event, and it counts as "negated imported" when it is imported as that event.
 */
public final class KindScorer {
    private KindScorer() {
    }

    /** One labelled entry; {@code date} is null when the entry states no dated event. */
    public record Labelled(String id, String territory, int divIndex, EventKind kind, String date, boolean negated) {
        String eventId() {
            return "rdcr:" + territory + ":" + divIndex;
        }
    }

    /** What the importer made of a labelled entry; {@code date} is null when it was not imported. */
    public record Outcome(Labelled label, EventKind kind, String date) {
        public boolean kindRight() {
            return label.negated() ? kind != label.kind() : kind == label.kind();
        }

        public boolean dateRight() {
            return Objects.equals(date, label.date());
        }

        /** The worst error: an entry that says something did not happen imported as that event. */
        public boolean deniedEventImported() {
            return label.negated() && kind == label.kind();
        }
    }

    public record Score(List<Outcome> outcomes) {
        public double kindAccuracy() {
            return share(outcomes.stream().filter(Outcome::kindRight).count());
        }

        public double dateExact() {
            return share(outcomes.stream().filter(Outcome::dateRight).count());
        }

        public long negated() {
            return outcomes.stream().filter(o -> o.label().negated()).count();
        }

        public long negatedImported() {
            return outcomes.stream().filter(Outcome::deniedEventImported).count();
        }

        /** "labelled -> imported" with the ids of the entries, for every wrong kind. */
        public Map<String, List<String>> confusion() {
            Map<String, List<String>> out = new TreeMap<>();
            for (Outcome o : outcomes) {
                if (o.kindRight()) continue;
                String key = (o.label().negated() ? "not " : "") + o.label().kind().slug() + " -> " + o.kind().slug();
                out.computeIfAbsent(key, k -> new ArrayList<>()).add(o.label().id());
            }
            return out;
        }

        private double share(long n) {
            return outcomes.isEmpty() ? 0 : (double) n / outcomes.size();
        }
    }

    /** Reads the labelled lines; a malformed line is invalid input naming its line number. */
    public static List<Labelled> read(List<String> lines) {
        List<Labelled> out = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank()) continue;
            try {
                JsonNode j = Json.mapper().readTree(line);
                JsonNode date = j.path("date");
                out.add(new Labelled(j.path("id").asText("line " + n), text(j, "territory", n), j.path("div_index").asInt(),
                        EventKind.fromSlug(text(j, "kind", n)), date.isNull() || date.isMissingNode() ? null : date.asText(),
                        j.path("negated").asBoolean(false)));
            } catch (JsonProcessingException e) {
                throw new InvalidInputException("line " + n, line.length() > 60 ? line.substring(0, 60) + "…" : line, "not JSON");
            }
        }
        return out;
    }

    private static String text(JsonNode j, String field, int line) {
        String v = j.path(field).asText("");
        if (v.isEmpty()) throw new InvalidInputException("line " + line, field, "missing");
        return v;
    }

    public static Score score(List<Labelled> labels, List<Event> imported) {
        Map<String, Event> byId = new LinkedHashMap<>();
        for (Event e : imported) byId.put(e.id(), e);
        List<Outcome> outcomes = new ArrayList<>();
        for (Labelled l : labels) {
            Event e = byId.get(l.eventId());
            outcomes.add(e == null ? new Outcome(l, EventKind.OTHER, null) : new Outcome(l, e.kind(), e.date().toString()));
        }
        return new Score(outcomes);
    }

    /** The figures and every miss, as lines to print. */
    public static List<String> report(Score s) {
        List<String> out = new ArrayList<>();
        out.add("entries %d".formatted(s.outcomes().size()));
        out.add("kind accuracy   %.3f".formatted(s.kindAccuracy()));
        out.add("date exact      %.3f".formatted(s.dateExact()));
        out.add("negated entries %d, imported as the event they deny %d".formatted(s.negated(), s.negatedImported()));
        if (!s.confusion().isEmpty()) out.add("wrong kinds (labelled -> imported):");
        s.confusion().forEach((k, ids) -> out.add("  %-44s %s".formatted(k, String.join(" ", ids))));
        List<Outcome> wrongDates = s.outcomes().stream().filter(o -> !o.dateRight()).toList();
        if (!wrongDates.isEmpty()) out.add("wrong dates (labelled / imported):");
        for (Outcome o : wrongDates) out.add("  %-8s %-30s %-10s / %s".formatted(o.label().id(), o.label().territory() + "#" + o.label().divIndex(),
                o.label().date(), o.date()));
        return out;
    }
}
