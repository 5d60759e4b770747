/**
 * Links territories to the state-system lists in {@code states/} (Correlates of War 2024,
 * Gleditsch–Ward v7) and adds the names over time, aliases, demonyms and capitals of
 * Chancery's own curated table ({@code territories.tsv}).
 */
package org.chancery.importer.states;
