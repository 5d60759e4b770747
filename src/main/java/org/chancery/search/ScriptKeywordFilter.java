package org.chancery.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Marks every token without a letter of one script as a keyword, so that the stemmer after it leaves
 * the token alone. Why: an English stemmer must not touch Russian words, nor a Russian one English.
 */
final class ScriptKeywordFilter extends TokenFilter {
    private final Character.UnicodeScript script;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    ScriptKeywordFilter(TokenStream in, Character.UnicodeScript script) {
        super(in);
        this.script = script;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        keyword.setKeyword(!hasLetterOfScript());
        return true;
    }

    private boolean hasLetterOfScript() {
        for (int i = 0; i < term.length(); ) {
            int c = Character.codePointAt(term, i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) == script) return true;
            i += Character.charCount(c);
        }
        return false;
    }
}
