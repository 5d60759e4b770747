package org.chancery.web;

import java.util.List;
import java.util.Objects;
import org.chancery.anniversary.Anniversary;
import org.chancery.claim.Claim;
import org.chancery.claim.Evidence;
import org.chancery.event.Event;
import org.chancery.mission.MissionStatus;
import org.chancery.mission.Tenure;
import org.chancery.person.Person;
import org.chancery.record.EnvoyInPost;
import org.chancery.relations.Disagreement;
import org.chancery.territory.TerritoryId;

/**
 * What each page shows, as plain values for its template in {@code src/main/jte}. The templates
 * escape every value they print, so these hold text as it is, never HTML.
 */
final class PageModels {
    private PageModels() {
    }

    record Home(List<AnniversaryItem> anniversaries) {
    }

    record Search(String query, List<String> closest, List<PersonItem> people) {
    }

    record PersonItem(String name, String url, List<PostItem> posts) {
        static PersonItem of(Person p, List<Tenure> tenures) {
            return new PersonItem(p.displayName(), p.url(), tenures.stream().map(PostItem::of).toList());
        }
    }

    record PostItem(String role, String post, String year, String pairPath) {
        static PostItem of(Tenure t) {
            return new PostItem(t.roleTitle(), t.post().toString(), t.appointed() == null ? "" : String.valueOf(t.appointed().year()),
                    "/pair/united-states/" + t.post());
        }
    }

    /**
     * @param coverage      what each source holds for the pair
     * @param envoysToUs    the other state's envoys to the United States (FRUS persons lists), for a pair with the U.S. only
     */
    record Pair(String title, TimelineSvg.Picture picture, List<EventItem> events, List<MissionItem> missions, List<ChiefItem> chiefs,
                List<String> coverage, String sender, List<EnvoyToUsItem> envoysToUs) {
    }

    /** Another state's envoy to the United States, with the remark that states it. */
    record EnvoyToUsItem(String name, String url, String rank, String from, String to, String remark) {
        static EnvoyToUsItem of(org.chancery.mission.ForeignEnvoy e) {
            return new EnvoyToUsItem(e.name(), e.citation().url(), e.rank().slug(), e.from() == null ? "" : e.from().toString(),
                    e.to() == null ? "" : e.to().toString(), e.citation().quote());
        }
    }

    /** A source link: Wikipedia's carries its credit and licence. */
    record SourceLink(String label, String url) {
        static SourceLink of(org.chancery.event.Citation c) {
            return new SourceLink(c.needsAttribution() ? c.record() + " (" + c.credit() + ")" : c.dataset() + " " + c.record(), c.url());
        }
    }

    /** A change of the kind of U.S. mission, with the record that set it (null when none did). */
    record MissionItem(String from, String kind, String description, String quote, String source, String sourceUrl) {
        /** One item per kind and record: a new chief of the same embassy is no new mission. */
        static List<MissionItem> of(List<MissionStatus> periods) {
            List<MissionItem> out = new java.util.ArrayList<>();
            MissionStatus open = null;
            for (MissionStatus m : periods) {
                if (open != null && open.kind() == m.kind() && java.util.Objects.equals(open.kindSource(), m.kindSource())) continue;
                open = m;
                var c = m.kindSource();
                out.add(new MissionItem(m.from().toString(), m.kind().slug(), m.kind().description()
                        + (m.protectingPower() == null ? "" : " (protecting power: " + m.protectingPower() + ")"),
                        c == null ? null : c.quote(), c == null ? null : c.reference(), c == null ? null : c.url()));
            }
            return out;
        }
    }

    record EventItem(String date, String kind, String title, String quote, String source, String sourceUrl, List<SourceLink> also) {
        static EventItem of(Event e) {
            SourceLink first = SourceLink.of(e.citation());
            return new EventItem(e.date().toString(), e.kind().slug(), e.title(), e.citation().quote(), first.label(), first.url(),
                    e.alsoCited().stream().map(SourceLink::of).toList());
        }
    }

    record ChiefItem(String name, String url, String role, String appointed, String credentials, String ended) {
        static ChiefItem of(EnvoyInPost e) {
            Tenure t = e.tenure();
            return new ChiefItem(e.person().displayName(), t.citation().url(), t.roleTitle(), text(t.appointed()), text(t.credentials()),
                    text(t.ended()) + (t.endInferred() ? " (inferred: the next chief's credentials)" : ""));
        }
    }

    record Anniversaries(String month, String previous, String next, String feed, List<AnniversaryItem> days,
                         List<AnniversaryItem> months, List<AnniversaryItem> years) {
    }

    /**
     * One anniversary; {@code sourceCredit} is the credit its source asks for (null when none),
     * {@code disagreement} the sources' statement and {@code others} their articles where the date is disputed.
     */
    record AnniversaryItem(String on, String label, String pairPath, String title, String counterpart, String date, String sourceUrl,
                           String sourceCredit, String disagreement, List<SourceLink> others) {

        static List<AnniversaryItem> of(List<Anniversary> list) {
            return list.stream().map(AnniversaryItem::of).toList();
        }

        static AnniversaryItem of(Anniversary a) {
            Event e = a.event();
            Disagreement d = a.disagreement();
            List<SourceLink> others = d == null ? List.of() : d.besides(e.date()).stream()
                    .map(o -> new SourceLink(o.source() + ", " + o.credit(), o.url())).toList();
            return new AnniversaryItem(a.on().toString(), a.labelNoting(), "/pair/" + e.parties().get(0) + "/" + e.parties().get(1),
                    e.title(), e.counterpart(TerritoryId.UNITED_STATES).toString(), e.date().toString(), e.citation().url(),
                    e.citation().needsAttribution() ? e.citation().credit() : null, d == null ? null : d.statement(), others);
        }
    }

    /**
     * The check page: the text pasted, the example post offered (null when there is none), and once
     * checked, the text in marked segments and the claims found.
     */
    record Check(String text, String example, boolean checked, List<Highlight.Segment> segments, List<ClaimItem> claims) {
    }

    record ClaimItem(String id, String verdict, String kind, String parties, String date, String note, List<EvidenceItem> evidence) {
        static ClaimItem of(int n, Claim c) {
            return new ClaimItem("claim-" + n, c.verdict().slug(), c.kind().slug(),
                    String.join("–", c.parties().stream().map(Object::toString).toList()), c.date() == null ? "(undated)" : c.date().toString(),
                    c.note(), c.evidence().stream().map(EvidenceItem::of).toList());
        }
    }

    record EvidenceItem(String quote, String url, String source) {
        static EvidenceItem of(Evidence e) {
            return new EvidenceItem(e.quote(), e.url(), e.source() + " " + e.record());
        }
    }

    private static String text(Object o) {
        return Objects.toString(o, "");
    }
}
