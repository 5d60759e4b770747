package org.chancery.importer.wikipedia;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the relations tables of an article and splits them into rows. A table counts when its
 * header names a date of relations ("Date", "Formal relations began") and not a recognition or an
 * admission, and it does not stand under a heading of countries without relations, former
 * relations, consular or other relations. Both template styles are read: {@code {{flag|X}}} /
 * {@code {{dts|...}}} and {@code {{#invoke:flag||X}}} / {@code {{#invoke:dts|main|...}}}.
 */
final class WikiTables {
    private static final Pattern FLAG = Pattern.compile(
            "\\{\\{\\s*(?:#invoke:flag\\|\\||flag(?:country|deco)?\\s*\\||flagicon\\s*\\|)([^|}]+)", Pattern.CASE_INSENSITIVE);
    private static final List<String> NOT_RELATIONS_HEADINGS = List.of("without", "former", "consular", "other relations",
            "membership", "subnational", "organi");
    private static final List<String> NOT_RELATIONS_HEADERS = List.of("recognition", "admission", "application");

    private WikiTables() {
    }

    /** The rows of every relations table in the wikitext, in order. */
    static List<TableRow> rows(String article, String text) {
        List<TableRow> out = new ArrayList<>();
        int line = 1;
        int lineAt = 0;
        String heading = "";
        int headingAt = 0;
        for (int open = text.indexOf("{|"); open >= 0; open = text.indexOf("{|", open + 2)) {
            int eol = text.indexOf('\n', open);
            if (eol < 0) break;
            if (!text.substring(open, eol).contains("wikitable")) continue;
            int close = text.indexOf("\n|}", eol);
            if (close < 0) break;
            String table = text.substring(open, close + 3);
            heading = headingBefore(text, headingAt, open, heading);
            headingAt = open;
            int tableEnd = close + 3;
            if (!isRelationsTable(table, heading)) {
                open = close;
                continue;
            }
            line = lineOf(text, lineAt, open, line);
            lineAt = open;
            tableRows(article, table, line, out);
            open = tableEnd - 2;
        }
        return out;
    }

    /** Adds the rows of one relations table, whose first line is {@code line} of the article. */
    private static void tableRows(String article, String table, int line, List<TableRow> out) {
        int from = 0;
        int rowLine = line;
        int rowAt = 0;
        while (from < table.length()) {
            rowLine = lineOf(table, rowAt, from, rowLine);
            rowAt = from;
            int sep = table.indexOf("\n|-", from);
            int to = sep < 0 ? table.length() - 2 : sep;
            TableRow r = row(article, rowLine, table.substring(from, Math.max(from, to)));
            if (r != null) out.add(r);
            if (sep < 0) break;
            int next = table.indexOf('\n', sep + 1);
            from = next < 0 ? table.length() : next;
        }
    }

    static boolean isRelationsTable(String table, String heading) {
        StringBuilder header = new StringBuilder();
        // the header lines only, without splitting the whole table (some hold hundreds of rows)
        for (int at = 0; at < table.length(); ) {
            int eol = table.indexOf('\n', at);
            int end = eol < 0 ? table.length() : eol;
            if (table.charAt(at) == '!') header.append(' ').append(table.substring(at, end).toLowerCase(Locale.ROOT));
            at = end + 1;
        }
        String h = WikiMarkup.withoutRefs(header.toString());
        if (!h.contains("date") && !h.contains("relations began")) return false;
        if (NOT_RELATIONS_HEADERS.stream().anyMatch(h::contains)) return false;
        String head = heading.toLowerCase(Locale.ROOT);
        return NOT_RELATIONS_HEADINGS.stream().noneMatch(head::contains);
    }

    /** The last heading ("== Diplomatic relations ==") between {@code from} and {@code to}, else the one known at {@code from}. */
    private static String headingBefore(String text, int from, int to, String known) {
        String last = known;
        for (int i = text.indexOf("\n=", Math.max(0, from - 1)); i >= 0 && i < to; i = text.indexOf("\n=", i + 2)) {
            int eol = text.indexOf('\n', i + 1);
            String line = text.substring(i + 1, eol < 0 ? text.length() : eol).strip();
            if (line.length() > 2 && line.endsWith("=")) {
                int a = 0;
                int b = line.length();
                while (a < b && line.charAt(a) == '=') a++;
                while (b > a && line.charAt(b - 1) == '=') b--;
                last = line.substring(a, b).strip();
            }
        }
        return last;
    }

    /** A row with a flag template and the cell after it; null for header and empty rows. */
    static TableRow row(String article, int line, String row) {
        if (!row.contains("{{")) return null;
        String clean = row.contains("<") ? WikiMarkup.withoutComments(WikiMarkup.withoutRefs(row)) : row;
        Matcher f = FLAG.matcher(clean);
        if (!findFrom(f, clean, "{{")) return null;
        String country = f.group(1).strip();
        int cellStart = nextCell(clean, f.end());
        String date = cellStart < 0 ? "" : clean.substring(cellStart, cellEnd(clean, cellStart)).strip();
        return new TableRow(article, line, country, date);
    }

    /** {@code m.find()} for a pattern whose every match begins with {@code start}, tried only where it stands. */
    private static boolean findFrom(Matcher m, String s, String start) {
        for (int at = s.indexOf(start); at >= 0; at = s.indexOf(start, at + 1)) {
            if (m.region(at, s.length()).lookingAt()) return true;
        }
        return false;
    }

    /** Start of the cell after the one holding {@code at}: after "\n|" or "||" outside templates. */
    private static int nextCell(String s, int at) {
        int depth = 0;
        for (int i = at; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c == '{' && s.charAt(i + 1) == '{') { depth++; i++; continue; }
            if (c == '}' && s.charAt(i + 1) == '}') { depth = Math.max(0, depth - 1); i++; continue; }
            if (depth > 0) continue;
            if (c == '\n' && (s.charAt(i + 1) == '|' || s.charAt(i + 1) == '!')) return i + 2;
            if ((c == '|' || c == '!') && s.charAt(i + 1) == c) return i + 2;
        }
        return -1;
    }

    private static int cellEnd(String s, int from) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = i + 1 < s.length();
            if (pair && c == '{' && s.charAt(i + 1) == '{') { depth++; i++; continue; }
            if (pair && c == '}' && s.charAt(i + 1) == '}') { depth = Math.max(0, depth - 1); i++; continue; }
            if (depth > 0) continue;
            if (c == '\n') return i;
            if (pair && c == '|' && s.charAt(i + 1) == '|') return i;
        }
        return s.length();
    }

    /** The line at {@code to}, counting on from {@code line} at {@code from}. */
    private static int lineOf(String s, int from, int to, int line) {
        int n = line;
        int end = Math.min(to, s.length());
        for (int i = s.indexOf('\n', from); i >= 0 && i < end; i = s.indexOf('\n', i + 1)) n++;
        return n;
    }
}
