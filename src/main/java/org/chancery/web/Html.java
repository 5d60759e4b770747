package org.chancery.web;

/** Escaping for text put into HTML: every value from the record or a user passes here. */
final class Html {
    private Html() {
    }

    static String esc(Object o) {
        if (o == null) return "";
        String s = o.toString();
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String page(String title, String body) {
        return """
                <!doctype html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Chancery</title><link rel="stylesheet" href="/static/chancery.css"></head>
                <body><header><a class="brand" href="/">Chancery</a><nav><a href="/anniversaries">Anniversaries</a>
                <a href="/check">Check a post</a></nav></header><main>%s</main>
                <footer>Data: U.S. Department of State, Office of the Historian (public domain); relations between other states from Wikipedia's "Foreign relations of" articles (Wikipedia contributors, CC BY-SA 4.0). Every fact links to its source.</footer>
                <script src="/static/chancery.js"></script></body></html>""".formatted(esc(title), body);
    }
}
