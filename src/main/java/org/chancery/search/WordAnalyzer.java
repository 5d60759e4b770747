package org.chancery.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The words of a text as the event index sees them: runs of letters and digits, lower-cased,
 * diacritics removed, English words Porter-stemmed and Russian words Snowball-stemmed, no stop
 * words. Why these choices: they are what the SQLite FTS5 index that served search before did
 * ({@code porter unicode61}), so that a search finds the same events ("recognized" finds
 * "recognize", "the" is a word like any other); Russian stemming is added for Cyrillic words.
 */
final class WordAnalyzer extends Analyzer {
    /** FTS5's porter tokenizer leaves words shorter than 3 or longer than 64 characters as they are. */
    private static final int MIN_STEMMED = 3;
    private static final int MAX_STEMMED = 64;

    @Override
    protected TokenStreamComponents createComponents(String field) {
        Tokenizer words = CharTokenizer.fromTokenCharPredicate(WordAnalyzer::isWordChar);
        TokenStream s = new ASCIIFoldingFilter(new LowerCaseFilter(words));
        s = new PorterStemFilter(new ShortOrLongKeywordFilter(new ScriptKeywordFilter(s, Character.UnicodeScript.LATIN)));
        s = new SnowballFilter(new ScriptKeywordFilter(s, Character.UnicodeScript.CYRILLIC), new RussianStemmer());
        return new TokenStreamComponents(words, s);
    }

    /** Letters, digits and other numbers, private-use characters, combining marks (FTS5 unicode61: L* N* Co). */
    static boolean isWordChar(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                 Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                 Character.PRIVATE_USE -> true;
            default -> false;
        };
    }

    /** Keeps words outside FTS5's stemmed lengths unstemmed, as it did. */
    private static final class ShortOrLongKeywordFilter extends org.apache.lucene.analysis.TokenFilter {
        private final org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
        private final org.apache.lucene.analysis.tokenattributes.KeywordAttribute keyword =
                addAttribute(org.apache.lucene.analysis.tokenattributes.KeywordAttribute.class);

        ShortOrLongKeywordFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws java.io.IOException {
            if (!input.incrementToken()) return false;
            if (term.length() < MIN_STEMMED || term.length() > MAX_STEMMED) keyword.setKeyword(true);
            return true;
        }
    }
}
