/**
 * Importer of rdcr, "A Guide to the United States' History of Recognition, Diplomatic, and
 * Consular Relations, by Country, since 1776" ({@code articles/*.xml}, TEI). Every
 * {@code <div type="timeline">} becomes one event between the United States and the article's
 * territory: its kind by {@link org.chancery.importer.rdcr.KindRules} (over the language layer's tokens,
 * {@link org.chancery.importer.rdcr.EntryGrammar}), its date by
 * {@link org.chancery.importer.rdcr.TimelineDating}. Web page: https://history.state.gov/countries/{id}.
 */
package org.chancery.importer.rdcr;
