package org.chancery.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.chancery.event.EventKind;
import org.chancery.language.Category;
import org.chancery.language.Concept;
import org.chancery.language.Token;

/**
 * The claim grammar of {@code grammar.tsv}: an action done to an object is a claim of a kind
 * ("establish" + "relations" is relations-established), in any language.
 */
final class Grammar {
    /** One row: an action, the object it needs (a concept, any of a category, or nothing), the kind; whether the object stands only after the action. */
    record Rule(Concept action, Concept object, Category objectCategory, EventKind kind, boolean objectAfter) {
        boolean needsObject() {
            return object != null || objectCategory != null;
        }

        boolean fits(Token t) {
            return object != null ? t.has(object) : objectCategory != null && t.is(objectCategory);
        }
    }

    static final List<Rule> RULES = load();

    private Grammar() {
    }

    private static List<Rule> load() {
        InputStream in = Grammar.class.getResourceAsStream("grammar.tsv");
        if (in == null) throw new IllegalStateException("grammar.tsv is missing from the classpath");
        return parse(in);
    }

    static List<Rule> parse(InputStream in) {
        List<Rule> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 3) throw new IllegalStateException("grammar.tsv:" + n + ": expected action<TAB>object<TAB>kind");
                try {
                    Concept action = Concept.valueOf(f[0]);
                    Concept object = null;
                    Category category = null;
                    boolean after = f[1].endsWith(">") && f[1].length() > 1;
                    if (after) f[1] = f[1].substring(0, f[1].length() - 1);
                    if (f[1].endsWith("*") && f[1].length() > 1) category = Category.valueOf(f[1].substring(0, f[1].length() - 1));
                    else if (!f[1].equals("*")) object = Concept.valueOf(f[1]);
                    out.add(new Rule(action, object, category, EventKind.fromSlug(f[2]), after));
                } catch (RuntimeException e) {
                    throw new IllegalStateException("grammar.tsv:" + n + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
