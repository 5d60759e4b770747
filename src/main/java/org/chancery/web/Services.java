package org.chancery.web;

import org.chancery.anniversary.PostWriter;
import org.chancery.claim.ClaimChecker;
import org.chancery.record.RecordQueries;
import org.chancery.store.RecordStore;

/** The features the server answers with, built once from a store. */
public record Services(RecordStore store, RecordQueries queries, ClaimChecker checker, PostWriter posts) {

    public static Services over(RecordStore store) {
        RecordQueries q = new RecordQueries(store);
        return new Services(store, q, new ClaimChecker(store), new PostWriter(store, q.gazetteer()));
    }
}
