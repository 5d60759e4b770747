package org.chancery.claim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.importer.Progress;
import org.chancery.json.Json;

/**
 * The JSONL batch form of SCORING.md: reads lines with at least {@code id} and {@code text},
 * writes one {@code {"id", "claims"}} line per input line in order. A line's own {@code as_of}
 * (the post's date) anchors "N years ago" in place of the batch's. A line that is not valid
 * JSON, lacks those fields, has an {@code as_of} that is no date, or (null) was not UTF-8 is
 * reported with its number; the rest are still checked.
 */
public final class Batch {
    /** One input line's outcome: its output JSON line, or the problem with it. */
    public record Line(int number, String id, String json, String problem, List<Claim> claims, JsonNode input) {
    }

    private static final String STAGE = "checking";

    private Batch() {
    }

    public static List<Line> run(ClaimChecker checker, List<String> lines, LocalDate asOf) {
        return run(checker, lines, asOf, Progress.NONE);
    }

    /** The same, telling {@code progress} how many lines are done ("checking", done, total). */
    public static List<Line> run(ClaimChecker checker, List<String> lines, LocalDate asOf, Progress progress) {
        ObjectMapper mapper = Json.mapper();
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            progress.step(STAGE, i, lines.size());
            String raw = lines.get(i);
            int n = i + 1;
            if (raw == null) {
                out.add(new Line(n, null, null, "line " + n + ": not UTF-8 text", List.of(), null));
                continue;
            }
            if (raw.isBlank()) continue;
            JsonNode node;
            try {
                node = mapper.readTree(raw);
            } catch (Exception e) {
                out.add(new Line(n, null, null, "line " + n + ": invalid JSON: " + firstLine(e.getMessage()), List.of(), null));
                continue;
            }
            if (node == null || !node.isObject() || !node.hasNonNull("id") || !node.path("text").isTextual()) {
                out.add(new Line(n, null, null, "line " + n + ": needs an \"id\" and a \"text\" string", List.of(), node));
                continue;
            }
            String id = node.get("id").asText();
            try {
                LocalDate anchor = asOf;
                if (node.hasNonNull("as_of")) {
                    try {
                        anchor = LocalDate.parse(node.get("as_of").asText());
                    } catch (java.time.format.DateTimeParseException e) {
                        out.add(new Line(n, id, null, "line " + n + " (" + id + "): as_of '" + node.get("as_of").asText()
                                + "' is not an ISO date (YYYY-MM-DD)", List.of(), node));
                        continue;
                    }
                }
                List<Claim> claims = checker.check(node.get("text").asText(), anchor).claims();
                Map<String, Object> obj = new LinkedHashMap<>();
                obj.put("id", id);
                obj.put("claims", claims);
                out.add(new Line(n, id, Json.writeLine(obj), null, claims, node));
            } catch (org.chancery.error.InvalidInputException e) {
                out.add(new Line(n, id, null, "line " + n + " (" + id + "): " + e.getMessage(), List.of(), node));
            }
        }
        progress.step(STAGE, lines.size(), lines.size());
        return out;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}
