package org.chancery.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * The parts of a person's name: Cyrillic transliterated to Latin, then runs of letters and
 * digits, lower-cased, diacritics removed ("Буллит" → "bullit", "Bullitt, William" → "bullitt",
 * "william"). No stemming: names are not words.
 */
final class NameAnalyzer extends Analyzer {
    @Override
    protected Reader initReader(String field, Reader reader) {
        return new MappingCharFilter(Transliteration.CYRILLIC_TO_LATIN, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
        Tokenizer parts = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
        TokenStream s = new ASCIIFoldingFilter(new LowerCaseFilter(parts));
        return new TokenStreamComponents(parts, s);
    }
}
