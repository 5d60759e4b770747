package org.chancery.store;

/**
 * Which import a store holds: imports are numbered in the order they were stored, so a reader can
 * tell that another process has imported since it loaded.
 *
 * @param number     the import's number in this store (0: none yet)
 * @param importedAt when it was stored (ISO-8601), or null
 */
public record Generation(long number, String importedAt) {
    public static final Generation NONE = new Generation(0, null);
}
