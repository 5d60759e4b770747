package org.chancery.language;

/**
 * The senses a lexicon may give a word, each of one {@link Category}. Lexicon files name these
 * constants; a new synonym is a line in a lexicon, a new concept is a constant here.
 */
public enum Concept {
    // actions
    ESTABLISH(Category.ACTION), RESUME(Category.ACTION), SEVER(Category.ACTION), SUSPEND(Category.ACTION),
    RECOGNIZE(Category.ACTION), OPEN(Category.ACTION), CLOSE(Category.ACTION), EVACUATE(Category.ACTION),
    RAISE(Category.ACTION), APPOINT(Category.ACTION), BECOME(Category.ACTION), SERVE(Category.ACTION),
    SUCCEED(Category.ACTION), PRESENT(Category.ACTION), EXCHANGE(Category.ACTION),
    /** "received John Adams as minister", «принял посла»: receiving an envoy, his credentials presented. */
    RECEIVE(Category.ACTION), WITHDRAW(Category.ACTION),
    SIGN(Category.ACTION), RATIFY(Category.ACTION), ACCEDE(Category.ACTION), JOIN(Category.ACTION),
    DECLARE(Category.ACTION), ANNEX(Category.ACTION), UNIFY(Category.ACTION), DISSOLVE(Category.ACTION),
    OCCUPY(Category.ACTION), END(Category.ACTION), MOVE(Category.ACTION), HAVE(Category.ACTION),
    /** achieved, gained, granted (independence). */
    GAIN(Category.ACTION), ACCREDIT(Category.ACTION), TAKE_UP(Category.ACTION),
    // objects
    RELATIONS(Category.OBJECT), CREDENTIALS(Category.OBJECT), INDEPENDENCE(Category.OBJECT),
    GOVERNMENT(Category.OBJECT), OPERATIONS(Category.OBJECT), TREATY(Category.OBJECT), WAR(Category.OBJECT),
    STATE(Category.OBJECT), FEDERATION(Category.OBJECT), COLONY(Category.OBJECT), PROTECTORATE(Category.OBJECT),
    ANNIVERSARY(Category.OBJECT), POST(Category.OBJECT), INTERESTS(Category.OBJECT),
    // ranks
    AMBASSADOR(Category.RANK), MINISTER(Category.RANK), MINISTER_RESIDENT(Category.RANK), CHARGE(Category.RANK),
    ENVOY(Category.RANK), CHIEF_OF_MISSION(Category.RANK), PLENIPOTENTIARY(Category.RANK), REPRESENTATIVE(Category.RANK),
    CONSUL(Category.RANK), NUNCIO(Category.RANK), COMMISSIONER(Category.RANK),
    // missions
    EMBASSY(Category.MISSION), LEGATION(Category.MISSION), CONSULATE(Category.MISSION),
    INTERESTS_SECTION(Category.MISSION), LIAISON_OFFICE(Category.MISSION), MISSION(Category.MISSION),
    // modifiers
    DIPLOMATIC(Category.MODIFIER), FULL(Category.MODIFIER), FORMAL(Category.MODIFIER), NORMAL(Category.MODIFIER),
    BILATERAL(Category.MODIFIER), CONSULAR(Category.MODIFIER), AMBASSADORIAL(Category.MODIFIER), AGAIN(Category.MODIFIER),
    /** commercial, trade, unofficial: relations that are not diplomatic relations. */
    NON_DIPLOMATIC(Category.MODIFIER),
    // scope of a claim
    NOT(Category.NEGATION), REFUSE(Category.REFUSAL), PLAN(Category.PLAN), IF(Category.COUNTERFACTUAL),
    MAYBE(Category.HEDGE), UNTIL(Category.UNTIL),
    // dates
    MONTH(Category.MONTH), SEASON(Category.SEASON), ORDINAL(Category.ORDINAL), NUMBER(Category.NUMBER),
    YEAR(Category.TIME), DECADE(Category.TIME), CENTURY(Category.TIME), DAY(Category.TIME), AGO(Category.TIME),
    LATER(Category.TIME), EARLIER(Category.TIME), SAME(Category.TIME), NEXT(Category.TIME), EARLY(Category.TIME), MID(Category.TIME),
    LATE(Category.TIME), ON_THIS_DAY(Category.TIME), WEEK(Category.TIME), AT_ONCE(Category.TIME), MONTH_WORD(Category.TIME), AFTER(Category.TIME), BEFORE(Category.TIME),
    /** "Earliest Date:", the record's formula for the first known date of a consular post. */
    EARLIEST_DATE(Category.TIME),
    /** "that same day", "this date": the date said just before. */
    THAT_DATE(Category.TIME),
    // clause words
    BETWEEN(Category.FUNCTION), AND(Category.FUNCTION), OR(Category.FUNCTION), WITH(Category.FUNCTION),
    BY(Category.FUNCTION), TO(Category.FUNCTION), IN(Category.FUNCTION), AT(Category.FUNCTION), OF(Category.FUNCTION),
    FROM(Category.FUNCTION), FOR(Category.FUNCTION), ON(Category.FUNCTION), PASSIVE(Category.FUNCTION),
    BOTH(Category.FUNCTION), THAT(Category.FUNCTION), WHICH(Category.FUNCTION), PRONOUN(Category.FUNCTION),
    PRONOUN_OBJECT(Category.FUNCTION),
    /** "our", "наш": the sender's own. */
    OUR(Category.FUNCTION),
    ITS(Category.FUNCTION), ARTICLE(Category.FUNCTION), BUT(Category.FUNCTION), THEN(Category.FUNCTION),
    FIRST_TIME(Category.FUNCTION), ANSWER(Category.FUNCTION), RHETORICAL(Category.FUNCTION), HE(Category.FUNCTION), WHEN(Category.FUNCTION), THROUGH(Category.FUNCTION),
    BEHALF(Category.FUNCTION),
    /** "as": what a name stands as ("received John Adams as minister", "acting as protecting power"). */
    AS(Category.FUNCTION),
    /** The verb said before, done again by another subject: "Romania and Bulgaria followed on Dec. 13". */
    REPEAT(Category.FUNCTION),
    /** An action said as a noun ("recognition", "признания"): a time reference when it follows "of", "after". */
    NOMINAL(Category.FUNCTION),
    /** itself, themselves, сама: a state stressed, no word of its own clause ("Britain itself in Sept. 1783"). */
    SELF(Category.FUNCTION),
    /** when, whose, although: opens a clause of its own. */
    SUBORDINATE(Category.FUNCTION), NAME_SUFFIX(Category.FUNCTION), COMPLEMENT(Category.FUNCTION),
    // titles
    HEAD_OF_STATE(Category.TITLE), HONORIFIC(Category.TITLE), OFFICIAL(Category.TITLE);

    private final Category category;

    Concept(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }
}
