package org.chancery.mission;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The kind of U.S. mission an rdcr mission event's title names, from {@code mission-words.tsv}. */
public final class MissionWords {
    private record Row(String words, MissionKind kind) {
    }

    private static final List<Row> ROWS = load();
    /** "Austrian Legation", "Romanian Legation", "Andorran Embassy": a nationality before the mission is the other state's. */
    private static final Pattern FOREIGN = Pattern.compile("\\b(?!American\\b)[A-Z][a-z]+(?:an|ian|ese|ish|ch|ic|i)\\s+(?:Legation|Embassy)");
    private static final Pattern US_MISSION = Pattern.compile(
            "\\b(?:U\\.S\\.|American|United States)\\s+(?:Interests?\\s+Section|Legation|Embassy|Liaison Office|Consulate)");
    private static final Pattern IN_US = Pattern.compile("\\b(?:in|to) (?:Washington|the United States)\\b");
    private static final Pattern PROTECTING = Pattern.compile(
            "(?:protection of the|in the|at the) ((?:[A-Z][a-z]+ ?){1,2}) (?:Government|Embassy)");

    private MissionWords() {
    }

    /** The kind the title names, if any; empty for a title about the other state's mission in the United States. */
    public static Optional<MissionKind> kindNamed(String title) {
        if (isForeignMission(title)) return Optional.empty();
        String t = title.toLowerCase(Locale.ROOT);
        return ROWS.stream().filter(r -> t.contains(r.words())).map(Row::kind).findFirst();
    }

    /** True when the title speaks of the other state's mission (in Washington), not of the U.S. mission. */
    public static boolean isForeignMission(String title) {
        return FOREIGN.matcher(title).find() || IN_US.matcher(title).find();
    }

    /** True when the title names the U.S. mission ("Establishment of U.S. Interest Section in Baghdad"), whatever other mission its text names as its host. */
    public static boolean namesUsMission(String title) {
        return US_MISSION.matcher(title).find();
    }

    /** The protecting power an interests-section record names ("Swiss" of "under the protection of the Swiss Government"). */
    public static Optional<String> protectingPower(String text) {
        Matcher m = PROTECTING.matcher(text);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    private static List<Row> load() {
        List<Row> out = new ArrayList<>();
        try (InputStream in = MissionWords.class.getResourceAsStream("mission-words.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                out.add(new Row(f[0], MissionKind.fromSlug(f[1])));
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("mission words missing from the build", e);
        }
        return List.copyOf(out);
    }
}
