package org.chancery.claim;

import org.chancery.event.Citation;

/** A record that bears on a claim: its dataset, record id, address and quoted sentence. */
public record Evidence(String source, String record, String url, String quote) {
    static Evidence of(Citation c) {
        return new Evidence(c.dataset(), c.record(), c.url(), c.quote());
    }
}
