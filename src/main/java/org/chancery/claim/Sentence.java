package org.chancery.claim;

import java.util.ArrayList;
import java.util.List;
import org.chancery.language.Category;
import org.chancery.language.Shape;
import org.chancery.language.Token;

/**
 * A sentence of a post as a range of its tokens [from, to) and of its characters [start, end).
 * A sentence ends at '.', '!', '?' or a line break (unless the next line goes on in lower case),
 * unless the period closes an abbreviation the
 * lexicon knows ("Nov.", "Amb.", "U.S.") or an initial ("William C. Bullitt"; but not a name written
 * with its initials, "М.И.Калинину."), or lower case or a
 * digit follows. One pass over the tokens.
 */
record Sentence(int from, int to, int start, int end) {

    static List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean end = false;
            if (t.isPunct('.') || t.isPunct('!') || t.isPunct('?') || t.isPunct('…')) {
                end = !abbreviation(tokens, i) && !continues(tokens, i);
            }
            // a line break ends a sentence unless the line goes on in lower case (a wrapped line: "recognized 🇪🇪\n  on July 28")
            if (!end && i + 1 < tokens.size() && lineBreak(text, t.end(), tokens.get(i + 1).start()) && !continues(tokens, i)) end = true;
            if (end) {
                out.add(of(tokens, from, i + 1));
                from = i + 1;
            }
        }
        if (from < tokens.size()) out.add(of(tokens, from, tokens.size()));
        return out;
    }

    private static Sentence of(List<Token> tokens, int from, int to) {
        return new Sentence(from, to, tokens.get(from).start(), tokens.get(to - 1).end());
    }

    private static boolean abbreviation(List<Token> tokens, int dot) {
        if (!tokens.get(dot).isPunct('.') || dot == 0) return false;
        Token before = tokens.get(dot - 1);
        if (before.end() != tokens.get(dot).start() || !before.isWord()) return false;
        if (before.text().length() == 1 && before.capitalized()) return true; // an initial
        if (before.is(Category.TIME) && before.text().length() <= 2) return true; // "1933 г.
        // "U.S": a dotted abbreviation; "М.И.Калинину": initials before a name, whose period ends the sentence
        if (before.text().indexOf('.') >= 0) return before.text().length() - before.text().lastIndexOf('.') - 1 <= 2;
        return before.text().length() <= 4 && before.capitalized()
                && (before.is(Category.MONTH) || before.is(Category.TITLE) || before.is(Category.RANK) || isShortTitle(before.word()));
    }

    /** Short forms people put a period after in posts. */
    private static boolean isShortTitle(String w) {
        return switch (w) {
            case "sec", "st", "jr", "sr", "gen", "col", "lt", "capt", "adm", "gov", "sen", "rep", "rev", "no", "vs", "ca", "co" -> true;
            default -> false;
        };
    }

    private static boolean continues(List<Token> tokens, int dot) {
        if (dot + 1 >= tokens.size()) return false;
        Token next = tokens.get(dot + 1);
        if (next.shape() == Shape.NUMBER && next.start() == tokens.get(dot).end()) return true; // "16.11"
        if (next.isPunct(',') || next.isPunct(';') || next.isPunct(')')) return true; // no sentence starts with a comma
        return next.isWord() && Character.isLowerCase(next.text().codePointAt(0));
    }

    private static boolean lineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) if (text.charAt(i) == '\n') return true;
        return false;
    }
}
