package org.chancery.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.event.EventKind;

/**
 * The words that make a sentence a claim of each kind, in English and Russian, and the words
 * that take it back: negation ("did not recognize", "never broke off"), refusal, threat,
 * condition, hope, recommendation and negotiation are not claims that the event happened,
 * unless the text dates when it finally did ("did not recognize ... until the 1783 Treaty").
 */
final class Triggers {
    record Trigger(EventKind kind, int start, int end) {
    }

    /** A rule, and words one of which a sentence must hold for the rule to be tried at all (a cheap filter). */
    private record Rule(EventKind kind, Pattern pattern, List<String> keys) {
    }

    private static Rule rule(EventKind kind, String regex) {
        return new Rule(kind, Pattern.compile("(?iuU)" + regex), KEYS.get(kind));
    }



    private static final java.util.Map<EventKind, List<String>> KEYS = java.util.Map.of(
            EventKind.CREDENTIALS_PRESENTED, List.of("credential", "credence", "грамот"),
            EventKind.MISSION_RAISED, List.of("embass"),
            EventKind.RELATIONS_RESUMED, List.of("relation", "отношени"),
            EventKind.RELATIONS_SEVERED, List.of("relation", "отношени"),
            EventKind.RELATIONS_ESTABLISHED, List.of("relation", "отношени"),
            EventKind.MISSION_CLOSED, List.of("embass", "legation", "consulate"),
            EventKind.MISSION_OPENED, List.of("embass", "legation", "consulate"),
            EventKind.RECOGNITION, List.of("recogni", "acknowledg", "призна"),
            EventKind.ENVOY_APPOINTED, List.of("ambassador", "minister", "envoy", "plenipotentiary", "charg", "representative",
                    "consul", "replacement", "назначен"));

    private static final String REL = "(?:(?:full|formal|official|normal|bilateral|diplomatic|ambassadorial)[ -]+){0,3}relations";
    private static final String MISSION = "(?:u\\.s\\.\\s+|american\\s+|an?\\s+|its\\s+|the\\s+|their\\s+)*(?:embass(?:y|ies)|legations?|consulates?)";

    static final List<Rule> RULES = List.of(
            rule(EventKind.CREDENTIALS_PRESENTED, "\\bpresent(?:ed|s|ing)?\\s+(?:his|her|their|its)?\\s*(?:letters? of\\s+)?(?:credentials|credence)"
                    + "|\\baccepted\\s+(?:the\\s+)?credentials|\\bвручил[аи]?\\s+(?:свои\\s+)?верительные\\s+грамоты"),
            rule(EventKind.MISSION_RAISED, "\\b(?:rais|elevat|upgrad)(?:ed|ing|es|e)\\b[^.;]{0,40}?\\bto\\s+(?:an?\\s+|the\\s+)?embass"),
            rule(EventKind.RELATIONS_RESUMED, "\\b(?:resum(?:e|ed|es|ing|ption)|restor(?:e|ed|es|ing|ation)|re-?establish(?:ed|es|ing|ment)?|renew(?:ed|al))"
                    + "\\b(?:\\s+of)?\\s+(?:the\\s+)?" + REL + "|\\brelations\\s+(?:were|was|had been)\\s+(?:resumed|restored|re-?established)"
                    + "|\\bвозобнов\\p{L}*\\s+(?:дипломатическ\\p{L}+\\s+)?отношени\\p{L}*|\\bвосстанов\\p{L}*\\s+(?:дипломатическ\\p{L}+\\s+)?отношени\\p{L}*"),
            rule(EventKind.RELATIONS_SEVERED, "\\b(?:sever(?:ed|s|ing|ance)?|broke\\s+off|break(?:s|ing)?\\s+off|cut\\s+off|interrupt(?:ed|ion)"
                    + "|suspen(?:ded|sion)|terminat(?:ed|ion)|rupture)\\b(?:\\s+of)?\\s+(?:the\\s+|their\\s+|its\\s+)?" + REL
                    + "|\\brelations\\s+(?:were|was)\\s+(?:severed|broken\\s+off|interrupted|suspended|terminated)"
                    + "|\\bразорва\\p{L}*\\s+(?:дипломатическ\\p{L}+\\s+)?отношени\\p{L}*"),
            rule(EventKind.RELATIONS_ESTABLISHED, "\\b(?:establish(?:ed|es|ing|ment)?|begin|began|begun|open(?:ed)?|form(?:ed|al)?ly\\s+establish(?:ed)?)"
                    + "\\b(?:\\s+of)?\\s+(?:the\\s+)?" + REL + "|\\b(?:diplomatic\\s+)?relations\\s+(?:were|was)\\s+(?:formally\\s+|officially\\s+)?established"
                    + "|\\bустанови\\p{L}*\\s+(?:дипломатическ\\p{L}+\\s+)?отношени\\p{L}*|\\bустановлени\\p{L}*\\s+дипломатическ\\p{L}+\\s+отношени\\p{L}*"),
            rule(EventKind.MISSION_CLOSED, "\\b(?:clos(?:ed|es|ing|ure\\s+of))\\s+" + MISSION + "|\\b(?:embassy|legation|consulate)\\s+(?:was|were)\\s+closed"),
            rule(EventKind.MISSION_OPENED, "\\b(?:open(?:ed|s|ing)?|reopen(?:ed|s)?|establish(?:ed|es|ment\\s+of))\\s+" + MISSION
                    + "|\\b(?:embass(?:y|ies)|legation|consulate)\\s+(?:was|were)\\s+(?:first\\s+)?(?:established|opened)"),
            rule(EventKind.RECOGNITION, "\\brecogni[sz](?:e|ed|es|ing)\\b|\\brecognition\\b|\\backnowledg(?:ed|es|ing)\\b(?=[^.;]{0,60}\\b(?:independence|sovereign))"
                    + "|\\bпризна(?:л|ли|ла|ло|ние|ния|ет|ют)\\b"),
            rule(EventKind.ENVOY_APPOINTED, "\\b(?:appoint(?:ed|s|ment)?|nam(?:ed)|dispatch(?:ed|es)?|sent|became|served\\s+as|nominated|accredited)\\b"
                    + "(?=[^.;]{0,80}\\b(?:ambassador|minister|envoy|plenipotentiary|charg[ée]|representative|consul\\s+general|replacement)\\b)"
                    + "|\\b(?:first\\s+)?(?:u\\.?s\\.?\\s+|american\\s+)?(?:ambassador|minister|envoy)\\s+to\\s+[^.;]{0,40}?\\s+was\\b"
                    + "|\\bназначен\\p{L}*\\b(?=[^.;]{0,80}(?:посл|посланник|полпред))"));

    /** What takes a claim back when it stands in the few words before the trigger. */
    static final Pattern HEDGE = Pattern.compile("(?iuU)\\b(?:not|never|no|refus\\p{L}*|threat\\p{L}*|unless|if|would\\s+be\\s+willing|willing"
            + "|hop(?:e|ed|es|ing)|desire\\p{L}*|intend\\p{L}*|intention|plan(?:s|ned)?\\s+to|propos\\p{L}*|recommend\\p{L}*|urg\\p{L}+"
            + "|negotiat\\p{L}*|terms\\s+for|talks\\s+on|obstacles?|block\\p{L}*|allow\\s+for|sought|seek\\p{L}*|wish\\p{L}*|consider\\p{L}*"
            + "|without|anniversary\\s+of|non|не|отказ\\p{L}*)\\b[^.;]{0,50}$");
    /** What restores it: the text says when it finally happened, or that a refusal ended. */
    static final Pattern UNTIL = Pattern.compile("(?iuU)\\buntil\\b|\\bдо\\s");
    static final Pattern ENDED_REFUSAL = Pattern.compile("(?iuU)\\bend(?:ed|ing|s)?\\b[^.;]{0,60}\\bnon-?recognition");

    private Triggers() {
    }

    /** The triggers in a sentence (offsets in the text), without overlaps, in order. */
    static List<Trigger> find(String text, int from, int to) {
        String sentence = masked(text.substring(from, to));
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        List<Trigger> out = new ArrayList<>();
        for (Rule r : RULES) {
            if (r.keys().stream().noneMatch(lower::contains)) continue;
            Matcher m = r.pattern().matcher(sentence);
            while (m.find()) {
                int s = from + m.start();
                int e = from + m.end();
                if (out.stream().anyMatch(t -> s < t.end() && t.start() < e)) continue;
                out.add(new Trigger(r.kind(), s, e));
            }
        }
        out.sort(Comparator.comparingInt(Trigger::start));
        return out;
    }

    /** Periods of initials and abbreviations ("Joseph E. Davies", "U.S.") become spaces, so rules can span them. */
    static String masked(String s) {
        return INITIAL.matcher(s).replaceAll(m -> m.group(1) + " ");
    }

    private static final Pattern INITIAL = Pattern.compile("(?<![\\p{L}])(\\p{Lu})\\.");

    /** True when the words before the trigger take the claim back and nothing after restores it. */
    static boolean hedged(String text, int sentenceStart, int sentenceEnd, Trigger t) {
        String before = masked(text.substring(Math.max(sentenceStart, t.start() - 70), t.start()));
        int clause = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
        String inClause = clause >= 0 && !before.substring(clause).matches("(?s),\\s*(?:and\\s+)?$") ? before.substring(clause + 1) : before;
        String word = text.substring(t.start(), t.end()).toLowerCase();
        String wider = text.substring(Math.max(sentenceStart, t.start() - 80), Math.min(sentenceEnd, t.end() + 5));
        if (text.startsWith("non-", Math.max(0, t.start() - 4)) || text.startsWith("non", Math.max(0, t.start() - 3))) {
            return !ENDED_REFUSAL.matcher(wider).find();
        }
        if (!HEDGE.matcher(inClause).find() && !word.startsWith("не ")) return false;
        String after = text.substring(t.end(), sentenceEnd);
        return !UNTIL.matcher(after).find();
    }
}
