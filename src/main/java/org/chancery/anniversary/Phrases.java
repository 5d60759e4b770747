package org.chancery.anniversary;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.chancery.date.PartialDate;
import org.chancery.error.InvalidInputException;
import org.chancery.territory.TerritoryId;

/** Dates and counts as each language writes them: "on November 16, 1933", "16 ноября 1933 года". */
enum Phrases {
    EN {
        @Override
        String on(PartialDate d) {
            return switch (d.precision()) {
                case DAY -> "on " + MONTHS_EN[d.month() - 1] + " " + d.day() + ", " + d.year();
                case MONTH -> "in " + MONTHS_EN[d.month() - 1] + " " + d.year();
                case YEAR -> "in " + d.year();
            };
        }

        @Override
        String yearsAgo(int n) {
            return n == 1 ? "One year ago" : n + " years ago";
        }

        @Override
        String quote(String q) {
            return "“" + q + "”";
        }

        @Override
        RussianWords.PersonName person(String name) {
            return new RussianWords.PersonName(name, false);
        }

        @Override
        Optional<RussianWords.Forms> rank(String title) {
            return Optional.of(new RussianWords.Forms(java.util.Collections.nCopies(RussianWords.Case.values().length, title)));
        }

        @Override
        Optional<RussianWords.Forms> territory(TerritoryId id, LocalDate on) {
            return Optional.empty();
        }
    },
    RU {
        @Override
        String on(PartialDate d) {
            return switch (d.precision()) {
                case DAY -> d.day() + " " + MONTHS_RU_GENITIVE[d.month() - 1] + " " + d.year() + " года";
                case MONTH -> "в " + MONTHS_RU_PREPOSITIONAL[d.month() - 1] + " " + d.year() + " года";
                case YEAR -> "в " + d.year() + " году";
            };
        }

        @Override
        String yearsAgo(int n) {
            return Ordinals.russianYears(n) + " назад";
        }

        @Override
        String quote(String q) {
            return "«" + q + "»";
        }

        @Override
        String afterDate() {
            return " ";
        }

        @Override
        RussianWords.PersonName person(String name) {
            return RussianWords.DATA.person(name);
        }

        @Override
        Optional<RussianWords.Forms> rank(String title) {
            return RussianWords.DATA.rank(title);
        }

        @Override
        Optional<RussianWords.Forms> territory(TerritoryId id, LocalDate on) {
            return RussianWords.DATA.territory(id, on);
        }
    };

    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    private static final String[] MONTHS_RU_GENITIVE = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
            "августа", "сентября", "октября", "ноября", "декабря"};
    private static final String[] MONTHS_RU_PREPOSITIONAL = {"январе", "феврале", "марте", "апреле", "мае", "июне", "июле",
            "августе", "сентябре", "октябре", "ноябре", "декабре"};

    /** "on November 16, 1933" / "in November 1933" / "in 1933", and the Russian forms. */
    abstract String on(PartialDate d);

    /** "90 years ago" / "90 лет назад". */
    abstract String yearsAgo(int n);

    abstract String quote(String q);

    /** A person's name as this language writes it. */
    abstract RussianWords.PersonName person(String name);

    /** A chief's title in this language's cases; empty when this language has no word for it. */
    abstract Optional<RussianWords.Forms> rank(String title);

    /** A territory's name in this language's cases on the day; empty to use the gazetteer's name as it is. */
    abstract Optional<RussianWords.Forms> territory(TerritoryId id, LocalDate on);

    /** What follows a leading date before the clause: English takes a comma, Russian does not. */
    String afterDate() {
        return ", ";
    }

    String lang() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Phrases of(String lang) {
        return switch (lang == null ? "" : lang.toLowerCase(Locale.ROOT)) {
            case "en" -> EN;
            case "ru" -> RU;
            default -> throw new InvalidInputException("--lang", lang, "expected en or ru");
        };
    }
}
