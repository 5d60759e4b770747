/**
 * Search over the record held in memory: events by their words ({@link org.chancery.search.EventIndex},
 * stemmed full text ranked as SQLite's FTS5 ranked it) and persons by name
 * ({@link org.chancery.search.PersonIndex}: full names in either order, Cyrillic transliterated,
 * small typos). Both are Lucene indexes in memory, built from the read model on first use. The
 * transliteration table is data: {@code cyrillic-latin.tsv} beside these classes.
 */
package org.chancery.search;
