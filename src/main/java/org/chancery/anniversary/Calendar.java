package org.chancery.anniversary;

import java.util.List;

/**
 * Anniversaries in a window, in three sections by precision: those known to the day, those
 * known only to the month, those known only to the year. Each section is sorted by date.
 */
public record Calendar(Window window, AnniversaryRule rule, List<Anniversary> days, List<Anniversary> months,
                       List<Anniversary> years) {

    public int size() {
        return days.size() + months.size() + years.size();
    }
}
