/**
 * Reads the public record into a {@link org.chancery.record.Dataset}: one importer per source
 * (rdcr, pocom, visits and travels, state-system lists), each returning what it read and its
 * {@link org.chancery.record.Finding}s as data. {@link org.chancery.importer.RecordImport}
 * runs them all and hands the result to the store in one transaction.
 */
package org.chancery.importer;
