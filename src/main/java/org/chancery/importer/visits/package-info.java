/**
 * Importers of visits (foreign leaders' visits to the U.S. since 1874, {@code visits/data}) and
 * travels (Presidents' and Secretaries of State's trips abroad, {@code travels}), both as
 * {@code visit} events between the United States and the other territory.
 */
package org.chancery.importer.visits;
