package org.chancery.anniversary;

/** "1st", "2nd", "3rd", "11th", "90th", "101st"; and Russian year counts ("90 лет", "21 год", "3 года"). */
final class Ordinals {
    private Ordinals() {
    }

    static String english(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** The Russian word for "years" that agrees with the number. */
    static String russianYears(int n) {
        int mod100 = n % 100;
        int mod10 = n % 10;
        if (mod100 >= 11 && mod100 <= 14) return n + " лет";
        if (mod10 == 1) return n + " год";
        if (mod10 >= 2 && mod10 <= 4) return n + " года";
        return n + " лет";
    }
}
