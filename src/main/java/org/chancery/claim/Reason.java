package org.chancery.claim;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why a claim got its verdict, as data: a code and its arguments (titles, dates, names as the
 * record writes them). Rendered in a language only at the edge, from {@code reasons.properties}
 * (English) and {@code reasons_ru.properties} (Russian) beside this class.
 */
public record Reason(Code code, List<String> args) {

    /** The reasons the verifier gives. */
    public enum Code {
        /** Another state's envoy to the United States: args none. */
        OTHER_STATES_ENVOY,
        /** A relation between two other states: args none. */
        BETWEEN_OTHER_STATES,
        /** The record holds the event: title, date. */
        RECORD_HOLDS,
        /** The record holds it under a kind of the same family: title, date, the record's kind, the text's kind. */
        RECORD_HOLDS_AS_KIND,
        /** The record dates the event otherwise: title, the record's date, the claim's date. */
        RECORD_DATES_OTHERWISE,
        /** No event of the kind for the pair: kind. */
        NO_EVENT,
        /** An act after every event the record holds for the pair, following an undoing beyond it too: the record's last event's title, date. */
        BEYOND_RECORD,
        /** Another state's mission in the United States, of which the record states nothing: kind. */
        NO_FOREIGN_MISSION,
        /** A chief of mission's tenure: name, role, appointed, credentials presented. */
        TENURE,
        /** The record's first chief of mission is another: first's name, name, role, appointed, credentials. */
        FIRST_IS_ANOTHER,
        /** The text names someone the record does not know; the record's holder then: named, holder. */
        NAMED_UNRESOLVED,
        /** The record has another holder of the post then: holder, name, role, appointed, credentials. */
        ANOTHER_HOLDER,
        /** No chief of mission to the post then: post. */
        NO_CHIEF_THEN,
        /** Nothing on this appointment: args none. */
        NOTHING_ON_APPOINTMENT,
        /** Two other states: the tables hold only the first establishment, nothing on this kind: kind. */
        PAIR_FIRST_ONLY_KIND,
        /** Two other states: no table dates relations of this pair: args none. */
        PAIR_NO_TABLE,
        /** Two other states: the text gives no date to compare: args none. */
        PAIR_NO_DATE,
        /** Two other states: a table dates the first establishment as the text does: date. */
        PAIR_TABLE_AGREES,
        /** Two other states: the tables date the first establishment later than the text: table date, claim date. */
        PAIR_TABLE_LATER,
        /** Two other states: the text says first and the tables date it otherwise: table date. */
        PAIR_FIRST_DIFFERS,
        /** Two other states: a later date may be a re-establishment the tables do not record: table date, claim date. */
        PAIR_MAY_BE_LATER,
        /** Another state's envoy, in the persons list: name, rank, from (or empty). */
        ENVOY_IN_PERSONS_LIST,
        /** Another state's envoy, named by the record: title. */
        ENVOY_IN_RECORD,
        /** Another state's envoy that no record names with this date: args none. */
        ENVOY_NOT_NAMED
    }

    public Reason {
        args = List.copyOf(args);
    }

    static Reason of(Code code, Object... args) {
        return new Reason(code, java.util.Arrays.stream(args).map(a -> a == null ? "" : a.toString()).toList());
    }

    /** The reason in a language (English for any without its own file). */
    public String render(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle("org.chancery.claim.reasons", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(b.getString(code.name()), locale).format(args.toArray());
    }
}
