package org.chancery.mission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.event.Citation;
import org.chancery.event.Event;
import org.chancery.event.EventKind;
import org.chancery.person.PersonId;
import org.chancery.relations.RelationRules;
import org.chancery.relations.RelationState;
import org.chancery.relations.RelationStatus;
import org.chancery.territory.TerritoryId;

/**
 * The U.S. mission in a territory on a day, read off the pair's events (rdcr) and the chiefs of
 * mission of the post (pocom); README defines the kinds. The latest record that names a kind sets
 * it: a mission opened, raised or closed, relations severed, established or resumed "and the
 * American Legation", a chief's rank (an ambassador heads an embassy, a minister a legation, a
 * principal officer an interests section where relations were broken and a liaison office where
 * they were not). Only a closing or a severance lowers an embassy or legation: a consulate, a
 * liaison office or an unnamed mission opened beside it (Beijing 1973, beside the embassy to the
 * Republic of China in Taipei) does not.
 */
public final class Missions {
    private static final Set<MissionKind> NOT_DIPLOMATIC = EnumSet.of(MissionKind.NONE, MissionKind.UNKNOWN, MissionKind.CONSULATE,
            MissionKind.INTERESTS_SECTION, MissionKind.LIAISON_OFFICE);
    private static final Pattern RESIDENT = Pattern.compile("(?i)\\bnon-resident\\b|\\bresident at [A-Z][a-z]+(?: [A-Z][a-z]+)?");

    /** One record that names a kind: {@code upgradeOnly} ones apply only where no diplomatic mission is. */
    private record Step(LocalDate day, int order, MissionKind kind, boolean upgradeOnly, Citation source, Tenure chief) {
    }

    private final TerritoryId territory;
    private final List<Event> events;
    private final List<Tenure> tenures;
    private final Function<PersonId, List<Tenure>> tenuresOf;
    private final List<Step> steps;

    /**
     * @param events    the events of the United States and the territory
     * @param tenures   the chiefs of mission of the post
     * @param tenuresOf every tenure of a person, for chiefs accredited to several posts at once
     */
    public Missions(TerritoryId territory, List<Event> events, List<Tenure> tenures, Function<PersonId, List<Tenure>> tenuresOf) {
        this.territory = territory;
        this.events = events.stream().sorted(Comparator.comparing(Event::date)).toList();
        this.tenures = tenures;
        this.tenuresOf = tenuresOf;
        this.steps = steps();
    }

    public MissionStatus on(LocalDate day) {
        RelationStatus rel = RelationRules.stateOn(events, day, TerritoryId.UNITED_STATES, territory);
        MissionKind kind = rel.state() == RelationState.DIPLOMATIC_RELATIONS ? MissionKind.UNKNOWN : MissionKind.NONE;
        Citation source = null;
        for (Step s : steps) {
            if (s.day().isAfter(day)) break;
            if (s.upgradeOnly() && !NOT_DIPLOMATIC.contains(kind)) continue;
            // the record that first set the kind stands for it: a second ambassador does not found the embassy again
            if (s.kind() != kind || source == null) source = s.source();
            kind = s.kind();
        }
        String power = kind == MissionKind.INTERESTS_SECTION ? protectingPower(day) : null;
        Tenure chief = chiefOn(day, kind);
        Residence residence = Residence.NO_CHIEF;
        String note = null;
        if (chief != null) {
            Matcher m = chief.note() == null ? null : RESIDENT.matcher(chief.note());
            List<String> elsewhere = tenuresOf.apply(chief.person()).stream()
                    .filter(t -> !t.post().equals(territory) && t.rank().isTitular() && t.inPostOn(day)).map(t -> t.post().value()).toList();
            if (m != null && m.find()) {
                residence = Residence.ACCREDITED_ELSEWHERE;
                note = m.group();
            } else if (!elsewhere.isEmpty()) {
                residence = Residence.CONCURRENT;
                note = "also in post at " + String.join(", ", elsewhere);
            } else {
                residence = Residence.RESIDENT;
            }
        }
        return new MissionStatus(territory, day, day, rel.state(), rel.setBy() == null ? null : rel.setBy().citation(), kind, source,
                power, residence, note, chief);
    }

    /** The periods in order, from the first record of the pair; each day between two records is as the earlier one left it. */
    public List<MissionStatus> periods() {
        TreeSet<LocalDate> cuts = new TreeSet<>();
        events.stream().filter(e -> e.kind().isRelationsKind()).forEach(e -> cuts.add(e.date().start()));
        steps.forEach(s -> cuts.add(s.day()));
        for (Tenure t : tenures) {
            if (t.credentials() == null) continue;
            cuts.add(t.credentials().start());
            if (t.ended() != null) cuts.add(t.ended().end().plusDays(1));
        }
        List<MissionStatus> out = new ArrayList<>();
        for (LocalDate d : cuts) {
            MissionStatus s = on(d);
            if (!out.isEmpty() && out.get(out.size() - 1).sameAs(s)) continue;
            if (!out.isEmpty()) {
                MissionStatus last = out.remove(out.size() - 1);
                out.add(last.between(last.from(), d.minusDays(1)));
            }
            out.add(s.between(d, null));
        }
        return out;
    }

    /** The chief in title who heads the mission of the day's kind, else the latest chief in title, else a chargé ad interim. */
    private Tenure chiefOn(LocalDate day, MissionKind kind) {
        Comparator<Tenure> latest = Comparator.comparing(t -> t.credentials().start());
        List<Tenure> in = tenures.stream().filter(t -> t.inPostOn(day)).toList();
        Optional<Tenure> titular = in.stream().filter(t -> t.rank().isTitular() && ChiefRoles.missionKind(t.roleId()).orElse(null) == kind)
                .max(latest).or(() -> in.stream().filter(t -> t.rank().isTitular()).max(latest));
        return titular.orElseGet(() -> in.stream().max(latest).orElse(null));
    }

    private String protectingPower(LocalDate day) {
        return events.stream().filter(e -> !e.date().start().isAfter(day))
                .filter(e -> (e.title() + " " + e.citation().quote()).toLowerCase(java.util.Locale.ROOT).contains("interests section"))
                .map(e -> MissionWords.protectingPower(e.citation().quote())).flatMap(Optional::stream)
                .reduce((a, b) -> b).orElse(null);
    }

    /**
     * An event an rdcr entry states beside its own (its id is the entry's with the kind after it):
     * the relations beside a recognition ("recognition of the GDR and the establishment of diplomatic
     * relations ... September 4, 1974"), or a mission opened or closed beside relations ("closed the
     * Embassy in Saigon ... on April 29, 1975"). The steps follow the entries and the missions their
     * heads name; the prose's second event may be the other state's mission ("The Republic of Congo
     * closed their embassy in Washington").
     */
    private static boolean secondOfAJointAct(Event e) {
        return e.citation().dataset().equals("rdcr") && e.id().endsWith(":" + e.kind().slug());
    }

    private List<Step> steps() {
        List<Step> out = new ArrayList<>();
        for (Event e : events) {
            if (e.citation().dataset().equals("pocom") || secondOfAJointAct(e)) continue;
            LocalDate d = e.date().start();
            Optional<MissionKind> named = MissionWords.kindNamed(e.title());
            switch (e.kind()) {
                case RELATIONS_SEVERED -> out.add(new Step(d, 0, named.filter(k -> k == MissionKind.INTERESTS_SECTION).orElse(MissionKind.NONE),
                        false, e.citation(), null));
                case MISSION_CLOSED -> {
                    if (!MissionWords.isForeignMission(e.title())) {
                        out.add(new Step(d, 0, named.filter(k -> k == MissionKind.CONSULATE).orElse(MissionKind.NONE), false, e.citation(), null));
                    }
                }
                case MISSION_RAISED -> {
                    if (!MissionWords.isForeignMission(e.title())) out.add(new Step(d, 0, MissionKind.EMBASSY, false, e.citation(), null));
                }
                case MISSION_OPENED, RELATIONS_ESTABLISHED, RELATIONS_RESUMED -> {
                    if (MissionWords.isForeignMission(e.title())) continue;
                    MissionKind k = named.orElse(MissionKind.UNKNOWN);
                    boolean upgradeOnly = NOT_DIPLOMATIC.contains(k);
                    if (k == MissionKind.UNKNOWN && e.kind() == EventKind.MISSION_OPENED) continue;
                    out.add(new Step(d, 0, k, upgradeOnly, e.citation(), null));
                }
                default -> {
                }
            }
        }
        for (Tenure t : tenures) {
            if (t.credentials() == null) continue;
            Optional<MissionKind> k = ChiefRoles.missionKind(t.roleId());
            if (k.isEmpty()) continue;
            MissionKind kind = k.get();
            LocalDate d = t.credentials().start();
            if (kind == MissionKind.INTERESTS_SECTION
                    && RelationRules.stateOn(events, d, TerritoryId.UNITED_STATES, territory).state() != RelationState.SEVERED) {
                kind = MissionKind.LIAISON_OFFICE;
            }
            // a chargé d'affaires en titre heads an embassy as well as a legation: his rank never lowers a mission
            out.add(new Step(d, 1, kind, t.rank() == Rank.CHARGE || NOT_DIPLOMATIC.contains(kind), t.citation(), t));
        }
        out.sort(Comparator.comparing(Step::day).thenComparing(Step::order));
        return out;
    }
}
