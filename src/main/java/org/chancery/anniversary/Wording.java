package org.chancery.anniversary;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * A post's sentences in one language, from {@code posts_<lang>.properties}: templates whose
 * {@code {name}} slots are filled with the parties' names (in the case each slot asks for), the
 * person, the title, the date and the record's words.
 */
final class Wording {
    private final ResourceBundle bundle;

    private Wording(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static Wording of(Phrases lang) {
        return new Wording(ResourceBundle.getBundle("org.chancery.anniversary.posts", Locale.forLanguageTag(lang.lang()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The template {@code key} with every {@code {slot}} replaced by its value. */
    String fill(String key, Map<String, String> values) {
        String t = bundle.getString(key);
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < t.length()) {
            int open = t.indexOf('{', i);
            int close = open < 0 ? -1 : t.indexOf('}', open);
            if (open < 0 || close < 0) {
                b.append(t, i, t.length());
                break;
            }
            String slot = t.substring(open + 1, close);
            String v = values.get(slot);
            if (v == null) throw new IllegalStateException("post template " + key + " has no value for {" + slot + "}");
            b.append(t, i, open).append(v);
            i = close + 1;
        }
        return b.toString();
    }
}
