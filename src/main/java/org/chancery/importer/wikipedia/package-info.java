/**
 * Reads the "Diplomatic relations" tables of Wikipedia's "Foreign relations of X" articles
 * ({@code wikipedia-relations/*}/*.json, one JSON string of raw wikitext per file): the country
 * each row names (flag templates), the date of establishment ({@code dts} templates or free text,
 * at day, month or year precision), resolved to the record's territories over time. Both
 * articles of a pair are kept: one event with two citations where they agree, both dates and a
 * finding where they disagree. Text from Wikipedia is CC BY-SA 4.0: every citation carries its credit.
 */
package org.chancery.importer.wikipedia;
