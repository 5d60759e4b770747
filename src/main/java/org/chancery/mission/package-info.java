/**
 * Chiefs of mission and principal officers: a {@link org.chancery.mission.Tenure} is one U.S.
 * chief of mission's time in post, an {@link org.chancery.mission.OfficeHeld} one principal
 * officer's (e.g. a Secretary of State).
 */
package org.chancery.mission;
