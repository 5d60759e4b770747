package org.chancery.importer.rdcr;

import org.chancery.text.Sentences;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.chancery.event.EventKind;

/**
 * Classifies an rdcr timeline entry from its head, then, if the head says nothing we know, from
 * the opening of its prose. Rules are tried in order; the first that matches wins. The order
 * matters where a head names two things: "Establishment of Diplomatic Relations and the American
 * Legation" is first of all an establishment of relations; "Legation Raised to Embassy" is not
 * an opening.
 */
public final class KindRules {

    record Rule(EventKind kind, Pattern pattern) {
    }

    private static Rule rule(EventKind kind, String regex) {
        return new Rule(kind, Pattern.compile(regex));
    }

    private static final String MISSION = "(embass|legation|consulat|consular post|mission|interests section|liaison office|\\bpost\\b|\\bposts\\b)";
    private static final String RELATIONS = "(diplomatic|normal|formal|official)\\s+relations";

    /** Rules for heads, which are short titles ("Diplomatic Relations Severed, 1961"). */
    static final List<Rule> HEAD = List.of(
            rule(EventKind.MISSION_RAISED, "(rais|elevat|upgrad|elevation).*(embass|ambassador)|ambassadorial relations|legation.*(to|as) (an )?embassy"),
            rule(EventKind.RELATIONS_RESUMED, "(resum|re-?establish|restor|renew)\\w*.*relations|relations.*(resum|re-?establish|restor|renew)"),
            rule(EventKind.RELATIONS_ESTABLISHED, "establish\\w*( of)? (of )?(full |formal )?diplomatic relations|diplomatic relations (were )?established"),
            rule(EventKind.RELATIONS_SEVERED, "(sever|interrupt|cessation|terminat|suspen|broke|break|end|rupture)\\w*.*relations|relations.*(sever|interrupt|ceas|terminat|suspend|broke|ended|rupture)"),
            rule(EventKind.RECOGNITION, "recog\\w*|recogntion|independence"),
            rule(EventKind.MISSION_CLOSED, "(clos|suspen|withdraw|evacuat|shut|terminat)\\w*.*" + MISSION + "|" + MISSION + ".*(clos|suspend|withdrawn|evacuat)"),
            rule(EventKind.MISSION_OPENED, "(establish|open|reopen|move|relocat|transfer|resum|return)\\w*.*" + MISSION
                    + "|" + MISSION + ".*(establish|open|mov|relocat|return|transferr)|consular relations|consul\\b|consulate"
                    + "|office of the u\\.s\\. representative|american mission returned"),
            rule(EventKind.CREDENTIALS_PRESENTED, "credentials"),
            rule(EventKind.ENVOY_APPOINTED, "appoint|nominat|accredit|(minister|ambassador|envoy|representative|charg[eé]).*(named|sent)"),
            rule(EventKind.RELATIONS_ESTABLISHED, "\\b" + RELATIONS + "\\b|first official diplomatic"));

    /** Rules for the prose, tried on its opening sentence when the head matched nothing. */
    static final List<Rule> TEXT = List.of(
            rule(EventKind.MISSION_RAISED, "(raised|elevated|upgraded) to (an )?embassy"),
            rule(EventKind.RELATIONS_SEVERED, "(severed|broke off|suspended|terminated|interrupted|ended) (its |their )?(diplomatic |formal )?relations|relations were (severed|broken|suspended|terminated|interrupted)"),
            rule(EventKind.RELATIONS_RESUMED, "(resumed|re-?established|restored) (diplomatic |normal )?relations|relations were (resumed|re-?established|restored)"),
            rule(EventKind.RELATIONS_ESTABLISHED, "establish\\w* (diplomatic|formal|official) relations|(diplomatic|formal) relations were established"),
            rule(EventKind.CREDENTIALS_PRESENTED, "presented (his|her|their) credentials"),
            rule(EventKind.RECOGNITION, "\\brecogni[sz]\\w*"),
            rule(EventKind.MISSION_CLOSED, "(closed|suspended operations).*" + MISSION),
            rule(EventKind.MISSION_OPENED, MISSION + ".*(was|were) (established|opened)|(opened|established) (a|an|the) .*" + MISSION),
            rule(EventKind.ENVOY_APPOINTED, "(was|were) (appointed|named|accredited)"));

    private KindRules() {
    }

    /** "Never established", "No Diplomatic Relations Established": the entry records that something did not happen. */
    private static final Pattern NEGATED = Pattern.compile("^no |\\bnever\\b|\\bno (diplomatic|formal|consular) ");

    /** The kind of a timeline entry, {@link EventKind#OTHER} when no rule speaks for it. */
    public static EventKind classify(String head, String text) {
        String opening = openingSentence(text).toLowerCase(Locale.ROOT);
        if (NEGATED.matcher(head == null ? "" : head.toLowerCase(Locale.ROOT)).find() || NEGATED.matcher(opening).find()) {
            return EventKind.OTHER;
        }
        EventKind byHead = first(HEAD, head);
        if (byHead != EventKind.OTHER) return byHead;
        return first(TEXT, openingSentence(text));
    }

    static EventKind first(List<Rule> rules, String s) {
        if (s == null || s.isBlank()) return EventKind.OTHER;
        String lower = s.toLowerCase(Locale.ROOT);
        for (Rule r : rules) {
            if (r.pattern().matcher(lower).find()) return r.kind();
        }
        return EventKind.OTHER;
    }

    static String openingSentence(String text) {
        if (text == null) return "";
        int end = Sentences.endOfFirst(text);
        return text.substring(0, end);
    }
}
