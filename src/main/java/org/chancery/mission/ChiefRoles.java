package org.chancery.mission;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The rank and mission kind of each pocom role title, from {@code roles.tsv}. */
public final class ChiefRoles {
    private record Row(Rank rank, Optional<MissionKind> kind) {
    }

    private static final Map<String, Row> ROLES = load();

    private ChiefRoles() {
    }

    /** The rank of a role id; {@link Rank#UNKNOWN} for a role the table does not know (or none). */
    public static Rank rank(String roleId) {
        Row r = roleId == null ? null : ROLES.get(roleId);
        return r == null ? Rank.UNKNOWN : r.rank();
    }

    /** The mission kind a holder of the role heads; empty when the role keeps the mission's kind (an acting chargé). */
    public static Optional<MissionKind> missionKind(String roleId) {
        Row r = roleId == null ? null : ROLES.get(roleId);
        return r == null ? Optional.empty() : r.kind();
    }

    public static boolean known(String roleId) {
        return roleId != null && ROLES.containsKey(roleId);
    }

    private static Map<String, Row> load() {
        Map<String, Row> out = new HashMap<>();
        try (InputStream in = ChiefRoles.class.getResourceAsStream("roles.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                out.put(f[0], new Row(Rank.fromSlug(f[1]), f[2].equals("-") ? Optional.empty() : Optional.of(MissionKind.fromSlug(f[2]))));
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("role table missing from the build", e);
        }
        return Map.copyOf(out);
    }
}
