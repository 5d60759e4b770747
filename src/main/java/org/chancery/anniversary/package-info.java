/**
 * Round anniversaries of the record's events: which fall in a window
 * ({@link org.chancery.anniversary.AnniversaryCalendar}), as an iCalendar feed
 * ({@link org.chancery.anniversary.IcsFeed}), and as an "N years ago" draft post in which every
 * factual sentence cites its record ({@link org.chancery.anniversary.PostWriter}). Precision is
 * honoured throughout: an event known only to the month or year is never placed on a day.
 */
package org.chancery.anniversary;
