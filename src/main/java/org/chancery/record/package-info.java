/**
 * Questions on the record: relations between two territories on a date, the timeline of a
 * pair, chiefs of mission in post, full-text search. {@link org.chancery.record.RecordQueries}
 * is what the CLI and the web layer call; it resolves names through the gazetteer and reads
 * the store.
 */
package org.chancery.record;
