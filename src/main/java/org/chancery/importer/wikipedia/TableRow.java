package org.chancery.importer.wikipedia;

/**
 * One row of a relations table as written.
 *
 * @param article  the article title ("Foreign relations of Russia")
 * @param line     the row's line in the wikitext, 1-based
 * @param country  the country the flag template names ("France")
 * @param dateCell the text of the date cell with references and notes removed ("November 1615")
 */
record TableRow(String article, int line, String country, String dateCell) {
}
