package org.chancery.event;

/**
 * Where a fact came from.
 *
 * @param dataset the source repository ({@code rdcr}, {@code pocom}, {@code visits}, {@code travels})
 * @param file    the file inside it ({@code articles/russia.xml})
 * @param record  the record's id, or for rdcr the timeline head ("Normal Diplomatic Relations Resumed, 1933")
 * @param quote   the sentence that states the fact
 * @param url     the history.state.gov address of the fact
 */
public record Citation(String dataset, String file, String record, String quote, String url) {

    /** Short reference as the evaluation set writes it: {@code rdcr:russia#Head} or {@code pocom:russia:id}. */
    public String reference() {
        return dataset + ":" + record;
    }
}
