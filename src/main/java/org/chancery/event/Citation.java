package org.chancery.event;

/**
 * Where a fact came from.
 *
 * @param dataset the source repository ({@code rdcr}, {@code pocom}, {@code visits}, {@code travels})
 * @param file    the file inside it ({@code articles/russia.xml})
 * @param record  the record's id, or for rdcr the timeline head ("Normal Diplomatic Relations Resumed, 1933")
 * @param quote   the sentence that states the fact
 * @param url     the address of the fact (history.state.gov, or the Wikipedia article)
 * @param credit  whom to credit and under which licence, as the source asks to be shown
 */
public record Citation(String dataset, String file, String record, String quote, String url, String credit) {

    /** Credit line of Wikipedia text, which CC BY-SA 4.0 asks to show with the article link. */
    public static final String WIKIPEDIA_CREDIT = "Wikipedia contributors, CC BY-SA 4.0";
    static final String HISTORIAN_CREDIT = "Office of the Historian, U.S. Department of State (public domain)";

    /** A citation credited as its dataset asks. */
    public Citation(String dataset, String file, String record, String quote, String url) {
        this(dataset, file, record, quote, url, "wikipedia".equals(dataset) ? WIKIPEDIA_CREDIT : HISTORIAN_CREDIT);
    }

    /** True for facts from Wikipedia, which must be shown with their credit and link. */
    public boolean needsAttribution() {
        return WIKIPEDIA_CREDIT.equals(credit);
    }

    /** Short reference as the evaluation set writes it: {@code rdcr:russia#Head} or {@code pocom:russia:id}. */
    public String reference() {
        return dataset + ":" + record;
    }
}
