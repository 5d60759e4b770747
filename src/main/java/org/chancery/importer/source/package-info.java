/**
 * Acquisition of the record for users: downloads the pinned archives of the Office of the
 * Historian's repositories (and the state-system lists) named in SOURCES.md over HTTPS, checks
 * them, caches them and lays them out as the importers expect. Tests serve archives they build
 * from a local HTTP server.
 */
package org.chancery.importer.source;
