/**
 * Where the record is kept. {@link org.chancery.store.RecordStore} is the whole interface the
 * rest of Chancery sees; {@link org.chancery.store.SqliteStore} keeps it in an embedded SQLite
 * file whose schema Flyway migrates ({@code db/migration/sqlite}). A PostgreSQL store can be
 * added behind the same interface.
 */
package org.chancery.store;
