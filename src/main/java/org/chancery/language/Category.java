package org.chancery.language;

/** What a word means to the grammar: the kind of sense a lexicon gives it. */
public enum Category {
    /** Something done: establish, resume, sever, recognize, open, close, raise, appoint, present, sign, annex... */
    ACTION,
    /** What an action is done to: relations, ties, credentials, independence, a treaty. */
    OBJECT,
    /** A diplomatic rank: ambassador, minister, chargé, полпред. */
    RANK,
    /** A kind of mission: embassy, legation, consulate, interests section. */
    MISSION,
    /** A word that qualifies an object without changing it: diplomatic, full, formal. */
    MODIFIER,
    /** Negation: not, never, no, не, никогда. */
    NEGATION,
    /** Refusal: refused, declined, отказался. */
    REFUSAL,
    /** Intention, hope or plan: planned, intended, sought, hoped, планировал. */
    PLAN,
    /** Condition or counterfactual: if, unless, could have, would have, in theory. */
    COUNTERFACTUAL,
    /** Doubt: maybe, perhaps, reportedly, возможно. */
    HEDGE,
    /** What ends a refusal or negation: until, only in, лишь, только. */
    UNTIL,
    /** A month (arg 1-12). */
    MONTH,
    /** A season (arg: its first month). */
    SEASON,
    /** An ordinal (arg: its number; "first" is 1). */
    ORDINAL,
    /** A number written as a word (arg: its value). */
    NUMBER,
    /** Words of the date grammar: year, ago, later, same, early, late. */
    TIME,
    /** Words of the clause grammar: between, and, with, by, to, was, that. */
    FUNCTION,
    /** A title before a person's name: President, Mr., Amb., посол. */
    TITLE
}
