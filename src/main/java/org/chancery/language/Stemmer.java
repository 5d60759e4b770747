package org.chancery.language;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Stems through Lucene's Snowball stemmers, one per language. Snowball stemmers keep state, so
 * each thread has its own set.
 */
final class Stemmer {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final ThreadLocal<Map<Language, SnowballStemmer>> STEMMERS = ThreadLocal.withInitial(Stemmer::create);

    private Stemmer() {
    }

    private static Map<Language, SnowballStemmer> create() {
        Map<Language, SnowballStemmer> m = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            try {
                Class<?> c = Class.forName("org.tartarus.snowball.ext." + l.stemmerName() + "Stemmer");
                m.put(l, (SnowballStemmer) c.getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("no Snowball stemmer " + l.stemmerName(), e);
            }
        }
        return m;
    }

    /** Lower case, accents folded (Latin only: "й" stays), typographic apostrophes plain, "ё" as "е". */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ё', 'е');
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) ascii = lower.charAt(i) < 128;
        if (ascii || Language.ofWord(lower) != Language.EN) return lower;
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** The stem of a folded word in a language. */
    static String stem(String folded, Language language) {
        String w = folded;
        if (language == Language.EN && (w.endsWith("'s") || w.endsWith("s'"))) w = w.substring(0, w.length() - (w.endsWith("'s") ? 2 : 1));
        if (w.length() < 3) return w;
        SnowballStemmer s = STEMMERS.get().get(language);
        s.setCurrent(w);
        s.stem();
        return s.getCurrent();
    }
}
