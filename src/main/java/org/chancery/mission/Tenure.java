package org.chancery.mission;

import java.time.LocalDate;
import org.chancery.date.PartialDate;
import org.chancery.event.Citation;
import org.chancery.person.PersonId;
import org.chancery.territory.TerritoryId;

/**
 * A U.S. chief of mission's time in post.
 *
 * @param appointed   date of appointment (commission)
 * @param credentials date credentials were presented (pocom "started"), null if never
 * @param ended       date the tenure ended, null if open
 */
public record Tenure(String id, PersonId person, TerritoryId post, String roleTitle,
                     PartialDate appointed, PartialDate credentials, PartialDate ended,
                     String endNote, String note, Citation citation) {

    /**
     * In post on a day: credentials presented on or before it (a chief is not in post before
     * being received), and not yet ended. A tenure with no credentials date never took post.
     */
    public boolean inPostOn(LocalDate day) {
        if (credentials == null || day.isBefore(credentials.start())) return false;
        return ended == null || !day.isAfter(ended.end());
    }
}
