package org.chancery.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.chancery.json.Json;

/**
 * The JSON of answers that depend only on the record, written once. Why: on a server, writing
 * the same timeline (11 KB for the United States and Russia) as JSON again for every request
 * costs more than finding it. An entry remembers the events it was made from (the read model
 * hands out the same list until the record changes), so an answer made from an older record is
 * made again. At most {@link #MAX} entries: memory stays bounded whatever the requests.
 */
final class AnswerBytes {
    static final int MAX = 2048;

    private record Entry(Object madeFrom, byte[] json) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    /** The JSON of the answer under the key, written now unless an entry made from the same source is kept. */
    byte[] json(String key, Object madeFrom, Supplier<Object> answer) {
        Entry e = entries.get(key);
        if (e != null && e.madeFrom() == madeFrom) return e.json();
        byte[] json;
        try {
            json = Json.mapper().writeValueAsBytes(answer.get());
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write answer " + key + " as JSON", ex);
        }
        if (entries.size() >= MAX) entries.clear();
        entries.put(key, new Entry(madeFrom, json));
        return json;
    }
}
