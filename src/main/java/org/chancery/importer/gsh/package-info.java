/**
 * Reads the Office of the Historian's draft historical country names ({@code gsh/data/territories/*.xml}):
 * each territory's short and long names and its predecessors and successors, so that a name of
 * another time ("Zaire", "Ceylon") can be followed to a territory of the record.
 */
package org.chancery.importer.gsh;
