package org.chancery.mission;

import org.chancery.date.PartialDate;
import org.chancery.person.PersonId;

/** A principal officer's term in a position ({@code secretary}: Secretary of State). */
public record OfficeHeld(String id, PersonId person, String positionId, String positionTitle,
                         PartialDate appointed, PartialDate started, PartialDate ended) {
}
