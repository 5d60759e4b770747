package org.chancery.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lexicons of every {@link Language}, read from {@code <code>.tsv} beside this class, and
 * what reads a text with them. A lexicon line is {@code form <TAB> CONCEPT [<TAB> value]}: the
 * form is a word or several ("broke off", "верительные грамоты"), compared on the stems of its
 * words, so one line covers a word's inflections that share a stem ("establish" covers
 * "established", "establishes"); a form written with a capital ("May") matches only a
 * capitalised word. Immutable and safe to share between threads.
 */
public final class Lexicon {
    // declared before STANDARD: loading the lexicons stems their forms
    /** Stems already made, by folded word (its language follows from it); bounded, so a text of made-up words cannot grow it. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> STEMS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_STEMS = 50_000;

    private static final Lexicon STANDARD = load();

    /** Entries of each language by the key of their first word, longest first. */
    private final Map<Language, Map<String, List<Entry>>> byFirstKey;

    private Lexicon(Map<Language, Map<String, List<Entry>>> byFirstKey) {
        this.byFirstKey = byFirstKey;
    }

    /** The lexicons shipped with Chancery. */
    public static Lexicon standard() {
        return STANDARD;
    }

    /** The tokens of a text with their senses, in order; linear in the text's length. */
    public List<Token> read(String text) {
        List<Splitter.Piece> pieces = Splitter.split(text);
        List<Token> raw = new ArrayList<>(pieces.size());
        for (Splitter.Piece p : pieces) raw.add(bare(text, p));
        List<Token> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Token t = raw.get(i);
            Map<String, List<Entry>> lex = byFirstKey.get(t.language());
            List<Entry> entries = lex == null ? null : lex.get(t.key());
            if (entries == null) {
                out.add(t);
                continue;
            }
            int best = 1;
            List<Sense> senses = new ArrayList<>();
            for (Entry e : entries) {
                int n = e.keys().size();
                if (n < best || !matches(raw, i, e)) continue;
                if (n > best) {
                    best = n;
                    senses.clear();
                }
                if (!senses.contains(e.sense())) senses.add(e.sense());
            }
            if (best == 1) {
                out.add(withSenses(t, senses));
            } else {
                Token last = raw.get(i + best - 1);
                StringBuilder key = new StringBuilder(t.key());
                for (int k = i + 1; k < i + best; k++) key.append(' ').append(raw.get(k).key());
                out.add(new Token(text.substring(t.start(), last.end()), t.start(), last.end(), t.shape(),
                        Stemmer.fold(text.substring(t.start(), last.end())), key.toString(), t.language(), senses));
                i += best - 1;
            }
        }
        return out;
    }

    /** The stem key of one word, as {@link Token#key()} gives it. */
    public static String key(String word) {
        Language l = Language.ofWord(word);
        return Stemmer.stem(Stemmer.fold(word), l);
    }

    /** The keys of the tokens of a phrase, without meaning: for matching names as the text writes them. */
    public static List<String> keys(String phrase) {
        List<String> out = new ArrayList<>();
        for (Splitter.Piece p : Splitter.split(phrase)) out.add(bare(phrase, p).key());
        return out;
    }

    /** The keys of a lexicon form's words, as {@link #keys} gives them. */
    private static List<String> formKeys(String form) {
        List<String> out = new ArrayList<>();
        for (Splitter.Piece p : formPieces(form)) out.add(bare(form, p).key());
        return out;
    }

    private static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (Splitter.Piece p : formPieces(phrase)) out.add(bare(phrase, p).word());
        return List.copyOf(out);
    }

    /**
     * The pieces of a lexicon form, as {@link Splitter#split} gives them. Why: splitting each of the 1,300 forms
     * with the tokenizer was a third of loading the lexicons, which every import waits for; a form of Latin or
     * Cyrillic letters with single spaces between its words is split at its spaces, which is what the tokenizer
     * does with it (LexiconTest checks every shipped line both ways).
     */
    static List<Splitter.Piece> formPieces(String form) {
        if (!plainWords(form)) return Splitter.split(form);
        List<Splitter.Piece> out = new ArrayList<>(2);
        int start = 0;
        for (int i = 0; i <= form.length(); i++) {
            if (i < form.length() && form.charAt(i) != ' ') continue;
            out.add(new Splitter.Piece(start, i, Shape.WORD));
            start = i + 1;
        }
        return out;
    }

    private static boolean plainWords(String form) {
        if (form.isEmpty() || form.charAt(0) == ' ' || form.charAt(form.length() - 1) == ' ') return false;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (c == ' ' ? form.charAt(i - 1) == ' ' : !isPlainLetter(c)) return false;
        }
        return true;
    }

    private static boolean isPlainLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 'а' && c <= 'я' || c >= 'А' && c <= 'Я' || c == 'ё' || c == 'Ё';
    }

    private static boolean matches(List<Token> raw, int i, Entry e) {
        if (i + e.keys().size() > raw.size()) return false;
        if (e.capital() && !raw.get(i).capitalized()) return false;
        for (int k = 0; k < e.keys().size(); k++) {
            Token t = raw.get(i + k);
            if (!t.key().equals(e.keys().get(k))) return false;
            if (e.exact() && !t.word().equals(e.words().get(k))) return false;
            // the words of an expression stand next to each other: at most one space between
            if (k > 0 && t.start() - raw.get(i + k - 1).end() > 1) return false;
        }
        return true;
    }

    private static Token withSenses(Token t, List<Sense> senses) {
        return senses.isEmpty() ? t : new Token(t.text(), t.start(), t.end(), t.shape(), t.word(), t.key(), t.language(), senses);
    }

    private static Token bare(String text, Splitter.Piece p) {
        String s = text.substring(p.start(), p.end());
        String word = Stemmer.fold(s);
        Language l = Language.ofWord(word);
        boolean letters = p.shape() == Shape.WORD || p.shape() == Shape.HASHTAG || p.shape() == Shape.HANDLE;
        // an abbreviation ("u.s", "d.c") is its own key: a stemmer would take its last letter for an ending
        String key = letters && word.indexOf('.') < 0 ? stemmed(word, l) : word;
        return new Token(s, p.start(), p.end(), p.shape(), word, key, l, List.of());
    }

    private static String stemmed(String word, Language l) {
        String key = STEMS.get(word);
        if (key != null) return key;
        key = Stemmer.stem(word, l);
        if (STEMS.size() < MAX_STEMS) STEMS.putIfAbsent(word, key);
        return key;
    }

    private static Lexicon load() {
        Map<Language, Map<String, List<Entry>>> all = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            String file = l.code() + ".tsv";
            Map<String, List<Entry>> byKey = new HashMap<>();
            for (Entry e : parse(file, resource(file))) {
                byKey.computeIfAbsent(e.keys().get(0), k -> new ArrayList<>()).add(e);
            }
            byKey.values().forEach(list -> list.sort(Comparator.comparingInt((Entry e) -> -e.keys().size())));
            all.put(l, Map.copyOf(byKey));
        }
        return new Lexicon(all);
    }

    private static InputStream resource(String file) {
        InputStream in = Lexicon.class.getResourceAsStream(file);
        if (in == null) throw new IllegalStateException("lexicon " + file + " is missing from the classpath");
        return in;
    }

    /** The entries of a lexicon file; a line that names no known concept is an error naming the file and line. */
    static List<Entry> parse(String file, InputStream in) {
        Map<String, Entry> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < 2) throw new IllegalStateException(file + ":" + n + ": expected form<TAB>CONCEPT[<TAB>value]: " + line);
                Concept c;
                try {
                    c = Concept.valueOf(f[1].strip());
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(file + ":" + n + ": unknown concept " + f[1].strip(), e);
                }
                int arg = f.length > 2 && !f[2].isBlank() ? Integer.parseInt(f[2].strip()) : 0;
                String form = f[0].strip();
                boolean exact = form.startsWith("=");
                if (exact) form = form.substring(1);
                List<String> keys = formKeys(form);
                if (keys.isEmpty()) throw new IllegalStateException(file + ":" + n + ": empty form");
                List<String> words = exact ? words(form) : null;
                Entry e = new Entry(List.copyOf(keys), words, Character.isUpperCase(form.codePointAt(0)), new Sense(c, arg), form);
                out.putIfAbsent(e.keys() + "|" + e.words() + "|" + e.capital() + "|" + e.sense(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out.values());
    }
}
