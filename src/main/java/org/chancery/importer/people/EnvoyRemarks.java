package org.chancery.importer.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.date.DateMention;
import org.chancery.date.PartialDate;
import org.chancery.date.ProseDates;
import org.chancery.mission.EnvoyRank;
import org.chancery.territory.TerritoryId;

/**
 * Reads the envoy to the United States a remark states, clause by clause (clauses end at ";").
 * A clause counts when a rank (Ambassador, Minister, Envoy … Minister Plenipotentiary, Chargé
 * d'Affaires) is followed by "to", "in" or "at" the United States or Washington, and the sending
 * state is named by a demonym just before the rank ("Soviet Ambassador"), by "of State" after it,
 * or, for a bare "thereafter Ambassador to the United States", by the last foreign demonym earlier
 * in the remark. Embassy staff ("Minister of the Soviet Embassy", "Minister-Counselor"), heads of
 * government ("Prime Minister") and U.S. envoys are not envoys to the United States. Dates: "from
 * D", "after D", "since D" start; "until D", "to D" end; "D1–D2" both; a lone date both; a clause
 * "thereafter …" starts where the clause before it said "until D".
 */
final class EnvoyRemarks {
    /** One envoy a clause states. */
    record Stated(TerritoryId sender, EnvoyRank rank, PartialDate from, PartialDate to, String clause) {
    }

    private static final Map<String, TerritoryId> DEMONYMS = demonyms();
    private static final String DEMONYM = String.join("|", DEMONYMS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList());
    // "(?=[AEMC])": the first letter of a rank, tested before the look-behind; why: the look-behind was tried at
    // every character of every remark, most of the sequential time of resolving the persons' remarks
    private static final Pattern ENVOY = Pattern.compile(
            "(?=[AEMC])(?<!Prime |Foreign |Deputy |Vice |Defense |Defence |Finance |Cabinet )"
                    + "(?<rank>Ambassador|Envoy Extraordinary and Minister Plenipotentiary|Minister|Charg[eé] d[’']Affaires|Charg[eé])"
                    + "(?<extra>(?:\\s+Extraordinary and Plenipotentiary|\\s+Plenipotentiary|\\s+ad interim|-designate|\\s+designate"
                    + "|\\s+of (?:the )?(?<of>[A-Z][\\p{L} .’'-]+?))*)"
                    + ",?\\s+(?:to|in|at)\\s+(?:the\\s+)?(?:United States(?: of America)?|U\\.\\s?S\\.(?:A\\.)?|USA|Washington)"
                    + "(?![\\p{L}])(?!\\s+(?:Office|Delegation|Embassy|Mission|Government|Navy|Army|Information|Operations))");
    private static final Pattern OF_MISSION_DEMONYM = Pattern.compile("(" + DEMONYM + ") (Legation|Embassy)");
    private static final Pattern DEMONYM_BEFORE = Pattern.compile("(?:^|[\\s(,])(" + DEMONYM + ")\\s*(?:Government's\\s+)?$");
    private static final Pattern ANY_DEMONYM = Pattern.compile("(?<![\\p{L}.])(" + DEMONYM + ")(?![\\p{L}])");
    private static final Pattern US_BEFORE = Pattern.compile("(?:U\\.\\s?S\\.|United States|American)\\s*$");
    private static final Pattern START = Pattern.compile("(?:from|after|since|beginning|as of)\\s+(?:about\\s+|mid-|early\\s+|late\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern END = Pattern.compile("(?:until|till|to|through|–|-)\\s+(?:about\\s+|mid-|early\\s+|late\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNTIL = Pattern.compile("until\\s+(.+)$", Pattern.CASE_INSENSITIVE);

    private EnvoyRemarks() {
    }

    /** The envoys to the United States the remark states; {@code ofState} resolves "of the Union of …" names. */
    static List<Stated> read(String remark, Function<String, Optional<TerritoryId>> ofState) {
        List<Stated> out = new ArrayList<>();
        String[] clauses = remark.split(";");
        int offset = 0;
        for (int i = 0; i < clauses.length; i++) {
            String clause = clauses[i];
            Matcher m = ENVOY.matcher(clause);
            while (m.find()) {
                String before = clause.substring(0, m.start());
                if (US_BEFORE.matcher(before).find()) continue;
                if (clause.substring(m.end()).matches("(?s)^\\s*(?:Embassy|embassy|Mission).*")) continue;
                TerritoryId sender = sender(remark, offset + m.start(), before, m.group("of"), m.group("rank").startsWith("Charg"), ofState);
                if (sender == null || sender.equals(TerritoryId.UNITED_STATES)) continue;
                PartialDate[] dates = dates(clause.substring(m.end()));
                if (dates[0] == null && clause.strip().toLowerCase(java.util.Locale.ROOT).startsWith("thereafter") && i > 0) {
                    Matcher u = UNTIL.matcher(clauses[i - 1]);
                    if (u.find()) dates[0] = ProseDates.find(u.group(1)).stream().map(DateMention::date).findFirst().orElse(null);
                }
                out.add(new Stated(sender, rank(m.group("rank")), dates[0], dates[1], clause.strip()));
                break;
            }
            offset += clause.length() + 1;
        }
        return out;
    }

    private static TerritoryId sender(String remark, int at, String before, String of, boolean chargeOf,
                                      Function<String, Optional<TerritoryId>> ofState) {
        Matcher d = DEMONYM_BEFORE.matcher(before);
        if (d.find()) return DEMONYMS.get(d.group(1));
        if (of != null) {
            // "Chargé d'Affaires of the Yemeni Legation": the mission names the state; a Minister "of the Embassy" is its staff
            Matcher mission = OF_MISSION_DEMONYM.matcher(of.strip());
            if (mission.matches()) return mission.group(2).equals("Legation") || chargeOf ? DEMONYMS.get(mission.group(1)) : null;
            return ofState.apply(of.strip()).orElse(null);
        }
        if (!before.isBlank() && !before.strip().toLowerCase(java.util.Locale.ROOT).matches("(?:thereafter|then|later|and|also|former)")) {
            return null;
        }
        TerritoryId last = null;
        Matcher any = ANY_DEMONYM.matcher(remark.substring(0, at));
        while (any.find()) {
            TerritoryId t = DEMONYMS.get(any.group(1));
            if (!TerritoryId.UNITED_STATES.equals(t)) last = t;
        }
        return last;
    }

    private static EnvoyRank rank(String word) {
        if (word.startsWith("Ambassador")) return EnvoyRank.AMBASSADOR;
        if (word.startsWith("Charg")) return EnvoyRank.CHARGE_D_AFFAIRES;
        return EnvoyRank.MINISTER;
    }

    /** [from, to] of the text after the envoy's words. */
    static PartialDate[] dates(String after) {
        PartialDate[] out = new PartialDate[2];
        List<DateMention> ds = ProseDates.find(after);
        if (ds.isEmpty()) return out;
        for (DateMention d : ds) {
            String lead = after.substring(Math.max(0, d.start() - 20), d.start());
            if (START.matcher(lead).find() && out[0] == null) out[0] = d.date();
            else if (END.matcher(lead).find() && out[1] == null) out[1] = d.date();
        }
        if (out[0] == null && out[1] != null && ds.get(0).date() != out[1]) out[0] = ds.get(0).date();
        if (out[0] == null && out[1] == null) {
            out[0] = ds.get(0).date();
            out[1] = ds.size() > 1 ? ds.get(1).date() : ds.get(0).date();
        }
        return out;
    }

    private static Map<String, TerritoryId> demonyms() {
        Map<String, TerritoryId> out = new LinkedHashMap<>();
        try (var in = EnvoyRemarks.class.getResourceAsStream("demonyms.tsv");
             var r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                out.put(cols[0], new TerritoryId(cols[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
