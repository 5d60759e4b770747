/**
 * Dates as the record writes them: a {@link org.chancery.date.PartialDate} knows whether it is
 * known to the year, the month or the day, and the prose date reader finds them in English text.
 */
package org.chancery.date;
