package org.chancery.claim;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.chancery.date.PartialDate;
import org.chancery.event.EventKind;
import org.chancery.person.PersonId;
import org.chancery.territory.TerritoryId;

/**
 * One dated claim found in a text, with its verdict.
 *
 * @param parties sorted territory ids
 * @param date    as precise as the text states it; null when the text gives none
 * @param start   offset of the claim in the text (inclusive)
 * @param end     offset of the claim in the text (exclusive)
 * @param reason  why the verdict, as a code and its arguments; {@link #note()} renders it
 */
public record Claim(EventKind kind, List<TerritoryId> parties, List<PersonId> persons,
                    @JsonInclude(JsonInclude.Include.ALWAYS) PartialDate date, Verdict verdict, int start, int end,
                    List<Evidence> evidence, @com.fasterxml.jackson.annotation.JsonIgnore Reason reason) {

    /** The reason for the verdict in English, as the JSON output and pages show it. */
    @com.fasterxml.jackson.annotation.JsonProperty("note")
    public String note() {
        return reason.render(java.util.Locale.ROOT);
    }

    /** The reason for the verdict in a language ({@code reasons_<lang>.properties}; English otherwise). */
    public String note(java.util.Locale locale) {
        return reason.render(locale);
    }
}
