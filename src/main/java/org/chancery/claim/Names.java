package org.chancery.claim;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a name as a post writes it is a person of the record: "Bullitt", "W. Bullitt" and the
 * Russian "Буллит" all name William C. Bullitt. Cyrillic is transliterated, and a difference of
 * a letter or two (doubled consonants, endings) is allowed.
 */
final class Names {
    private static final Map<Character, String> RU = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"));

    private Names() {
    }

    /** True when the surname of the record appears in the written name, allowing transliteration. */
    static boolean sameSurname(String written, String surname) {
        if (written == null || surname == null) return false;
        String s = latin(surname);
        for (String word : latin(written).split("[^a-z]+")) {
            if (word.length() < 3) continue;
            if (word.equals(s) || distance(word, s) <= Math.max(1, s.length() / 3)) return true;
        }
        return false;
    }

    /**
     * Coarse sound keys of a Latin-letter surname, so that a transliteration finds it: vowels,
     * "h" and doubled letters dropped, like-sounding consonants merged ("bullitt" and "bullit"
     * are "blt"; "woodcock" and "vudkok" "vdk"). A Latin "h" is also tried as "g", for which
     * Russian writes "г" ("Гарриман").
     */
    static List<String> sounds(String latin) {
        String a = sound(latin);
        String b = latin.startsWith("h") ? sound("g" + latin.substring(1)) : a;
        return a.equals(b) ? List.of(a) : List.of(a, b);
    }

    private static String sound(String w) {
        StringBuilder out = new StringBuilder();
        String s = w.replace("dzh", "j").replace("ph", "f").replace("th", "t").replace("ck", "k").replace("sch", "sh").replace("kh", "h")
                .replace("ts", "c").replace("x", "ks");
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            char m = switch (c) {
                case 'a', 'e', 'i', 'o', 'u', 'y', 'h', '\'', '-' -> 0;
                case 'w' -> 'v';
                case 'q' -> 'k';
                case 'c' -> next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
                case 'z' -> 's';
                case 'j' -> 'g';
                default -> Character.isLetter(c) ? c : 0;
            };
            if (m != 0 && m != prev) out.append(m);
            if (m != 0) prev = m;
        }
        return out.toString();
    }

    static String latin(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) ascii = text.charAt(i) < 128;
        if (ascii) return text.toLowerCase(Locale.ROOT);
        // Chinese names in Russian (the Palladius system): "цз" is the pinyin "z" or "j", "чж" the "zh" (Цзэминь, Чжоу)
        String lower = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace("цз", "z").replace("чж", "zh");
        StringBuilder b = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            String t = RU.get(c);
            b.append(t != null ? t : String.valueOf(c));
        }
        return b.toString();
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
