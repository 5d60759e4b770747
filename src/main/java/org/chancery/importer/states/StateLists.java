package org.chancery.importer.states;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.chancery.date.PartialDate;
import org.chancery.error.SourceUnavailableException;
import org.chancery.record.Dataset;
import org.chancery.record.Finding;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;
import org.chancery.territory.TerritoryName;

/** Adds state-system codes and curated names to the territories an import has met. */
public final class StateLists {
    private static final String CURATED = "/org/chancery/territory/territories.tsv";
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern BRACKETED_TAIL = Pattern.compile("\\s*\\(.*\\)");
    private static final Pattern BRACKETED = Pattern.compile("\\(([^)]*)\\)");

    private StateLists() {
    }

    /** Applies the curated table, then links codes by name; {@code statesDir} may be null (no lists). */
    public static void enrich(Dataset data, Path statesDir) {
        Curated curated = Curated.load(data.findings());
        Map<String, Integer> cow = statesDir == null ? Map.of() : cow(statesDir.resolve("cow_statelist2024.csv"));
        Map<String, Integer> gw = statesDir == null ? new HashMap<>() : gw(statesDir.resolve("ksgmdw.txt"));
        // the Gleditsch–Ward microstates supplement is part of their list (Andorra, Monaco, Tonga...)
        if (statesDir != null && Files.isRegularFile(statesDir.resolve("microstates.txt"))) {
            gw(statesDir.resolve("microstates.txt")).forEach(gw::putIfAbsent);
        }
        data.territories().putIfAbsent(TerritoryId.UNITED_STATES, new Territory(TerritoryId.UNITED_STATES, "United States",
                List.of(), List.of(), List.of(), List.of(), null, null));
        mergeSameAs(data, curated);
        moveChiefs(data, curated);
        for (String id : curated.ids()) {
            boolean sameAs = curated.has(id, "same-as");
            if (!sameAs && !data.territories().containsKey(new TerritoryId(id))) {
                data.findings().add(new Finding("territories.tsv", id, "no territory with this id in the record: rows ignored"));
            }
        }
        Map<TerritoryId, Territory> out = new LinkedHashMap<>();
        for (Territory t : data.territories().values()) {
            String id = t.id().value();
            List<TerritoryName> names = new ArrayList<>(curated.names(id));
            List<String> aliases = new ArrayList<>(curated.values(id, "alias"));
            t.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
            String key = NameKey.of(t.name());
            Integer cowCode = curated.has(id, "cow") ? curated.code(id, "cow") : cow.get(key);
            Integer gwCode = curated.has(id, "gw") ? curated.code(id, "gw") : gw.get(key);
            out.put(t.id(), new Territory(t.id(), t.name(), names, aliases,
                    curated.values(id, "demonym"), curated.values(id, "capital"), cowCode, gwCode));
        }
        data.territories().clear();
        data.territories().putAll(out);
    }

    /**
     * Folds ids that name the same territory ("soviet-union", "czechia") into the record's id:
     * their events move over, their names become aliases.
     */
    static void mergeSameAs(Dataset data, Curated curated) {
        Map<TerritoryId, TerritoryId> into = new HashMap<>();
        for (String[] r : curated.rows()) {
            if (r[1].equals("same-as")) into.put(new TerritoryId(r[0]), new TerritoryId(r[2]));
        }
        Map<TerritoryId, List<String>> extraAliases = new HashMap<>();
        for (var e : into.entrySet()) {
            Territory gone = data.territories().remove(e.getKey());
            if (gone != null) extraAliases.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(gone.name());
        }
        data.events().replaceAll(ev -> {
            if (!namesAny(ev.parties(), into)) return ev;
            List<TerritoryId> parties = ev.parties().stream().map(p -> into.getOrDefault(p, p)).toList();
            return new org.chancery.event.Event(ev.id(), ev.kind(), parties, ev.persons(), ev.date(), ev.title(), ev.text(), ev.citation());
        });
        // chiefs of mission filed under the merged id belong to the territory too (vietnam-south: the Republic of Vietnam)
        data.tenures().replaceAll(t -> into.containsKey(t.post()) ? t.atPost(into.get(t.post())) : t);
        extraAliases.forEach((id, names) -> {
            Territory t = data.territories().get(id);
            if (t == null) return;
            List<String> aliases = new ArrayList<>(t.aliases());
            aliases.addAll(names);
            data.territories().put(id, new Territory(t.id(), t.name(), t.names(), aliases, t.demonyms(), t.capitals(), t.cowCode(), t.gwCode()));
        });
    }

    private static boolean namesAny(List<TerritoryId> parties, Map<TerritoryId, TerritoryId> into) {
        for (TerritoryId p : parties) if (into.containsKey(p)) return true;
        return false;
    }

    /**
     * Files chiefs of mission under the territory that holds the relations of their time: pocom lists the envoys
     * to the Republic of Korea under {@code korea} (with those to the Joseon kingdom), rdcr its relations under
     * {@code korea-south}. A row {@code korea-south chiefs-from korea 1948-08-15} moves the tenures of {@code korea}
     * that began (credentials, else appointment) on or after that day; an empty bound is open.
     */
    static void moveChiefs(Dataset data, Curated curated) {
        for (String[] r : curated.rows()) {
            if (!r[1].equals("chiefs-from")) continue;
            TerritoryId to = new TerritoryId(r[0]);
            TerritoryId from = new TerritoryId(r[2]);
            PartialDate lo = Curated.date(Curated.field(r, 4, ""));
            PartialDate hi = Curated.date(Curated.field(r, 5, ""));
            data.tenures().replaceAll(t -> {
                PartialDate began = t.credentials() != null ? t.credentials() : t.appointed();
                if (!t.post().equals(from) || began == null) return t;
                boolean inside = (lo == null || !began.start().isBefore(lo.start())) && (hi == null || !began.start().isAfter(hi.end()));
                return inside ? t.atPost(to) : t;
            });
        }
    }

    static Map<String, Integer> cow(Path csv) {
        Map<String, Integer> codes = new HashMap<>();
        for (String line : lines(csv)) {
            String[] f = line.split(",");
            if (f.length < 3 || !DIGITS.matcher(f[1]).matches()) continue;
            codes.putIfAbsent(NameKey.of(f[2]), Integer.parseInt(f[1]));
        }
        return codes;
    }

    static Map<String, Integer> gw(Path tsv) {
        Map<String, Integer> codes = new HashMap<>();
        for (String line : lines(tsv)) {
            String[] f = line.split("\t");
            if (f.length < 3 || !DIGITS.matcher(f[0]).matches()) continue;
            int code = Integer.parseInt(f[0]);
            // "Russia (Soviet Union)": both the name and the bracketed one identify the state
            String name = f[2];
            codes.putIfAbsent(NameKey.of(BRACKETED_TAIL.matcher(name).replaceAll("")), code);
            var m = BRACKETED.matcher(name);
            if (m.find()) codes.putIfAbsent(NameKey.of(m.group(1)), code);
        }
        return codes;
    }

    private static List<String> lines(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            // the Gleditsch–Ward list is Latin-1 ("Côte d'Ivoire"); the CoW list is UTF-8 or ASCII
            var decoder = StandardCharsets.UTF_8.newDecoder();
            String text;
            try {
                text = decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException notUtf8) {
                text = new String(bytes, StandardCharsets.ISO_8859_1);
            }
            return text.lines().toList();
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Chancery's curated table of names over time, aliases and codes; its rows also by id, in the table's order.
     * Why: each of the record's 240 territories asks for its rows several times, and the table has 390.
     */
    record Curated(List<String[]> rows, Map<String, List<String[]>> byId) {
        Curated(List<String[]> rows) {
            this(rows, byId(rows));
        }

        private static Map<String, List<String[]>> byId(List<String[]> rows) {
            Map<String, List<String[]>> out = new LinkedHashMap<>();
            for (String[] r : rows) out.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r);
            return out;
        }

        static Curated load(List<Finding> findings) {
            List<String[]> rows = new ArrayList<>();
            try (InputStream in = StateLists.class.getResourceAsStream(CURATED);
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    rows.add(line.split("\t", -1));
                }
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("curated territory table missing from the build", e);
            }
            return new Curated(rows);
        }

        List<String> ids() {
            return List.copyOf(byId.keySet());
        }

        private List<String[]> of(String id) {
            return byId.getOrDefault(id, List.of());
        }

        List<TerritoryName> names(String id) {
            List<TerritoryName> out = new ArrayList<>();
            for (String[] r : of(id)) {
                if (!(r[1].equals("name") || r[1].equals("short"))) continue;
                String lang = field(r, 3, "en");
                out.add(new TerritoryName(r[2], r[1].equals("short") ? lang + "-short" : lang,
                        date(field(r, 4, "")), date(field(r, 5, ""))));
            }
            return out;
        }

        List<String> values(String id, String kind) {
            List<String> out = new ArrayList<>();
            for (String[] r : of(id)) if (r[1].equals(kind)) out.add(r[2]);
            return out;
        }

        /** Whether the table has a row of this kind for the id. */
        boolean has(String id, String kind) {
            for (String[] r : of(id)) if (r[1].equals(kind)) return true;
            return false;
        }

        /** The curated code; null for "-": the territory claims no code of that list (another territory holds it). */
        Integer code(String id, String kind) {
            String v = values(id, kind).stream().findFirst().orElseThrow();
            return v.equals("-") ? null : Integer.parseInt(v);
        }

        static String field(String[] r, int i, String dflt) {
            return r.length > i && !r[i].isBlank() ? r[i] : dflt;
        }

        static PartialDate date(String s) {
            return s.isBlank() ? null : PartialDate.parse(s);
        }
    }
}
