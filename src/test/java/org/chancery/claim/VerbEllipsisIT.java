package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Romania and Bulgaria followed on Dec. 13": the action before, done again by the states named as subject, on their own date. */
class VerbEllipsisIT {
    private static List<String> read(String text) {
        return ClaimLines.withoutPersons(text);
    }

    @Test
    void theStatesThatFollowedDoTheActionBeforeOnTheirOwnDate() {
        assertThat(read("On December 11, 1941 Germany broke off diplomatic relations with the United States; Hungary and Bulgaria "
                + "followed on Dec. 13.")).contains(
                "relations-severed hungary–united-states 1941-12-13",
                "relations-severed bulgaria–united-states 1941-12-13");
        assertThat(read("25 декабря 1991 г. США признали Казахстан. Узбекистан последовал 26 декабря."))
                .contains("recognition united-states–uzbekistan 1991-12-26");
    }

    @Test
    void followingWithoutADateOrWithAnActionOfItsOwnRepeatsNothing() {
        assertThat(read("On December 11, 1941 Germany broke off diplomatic relations with the United States; Hungary and Bulgaria "
                + "followed.")).noneMatch(c -> c.contains("hungary") || c.contains("bulgaria"));
        assertThat(read("The U.S. recognized Israel on May 14, 1948. Full diplomatic relations followed in March 1949."))
                .contains("relations-established israel–united-states 1949-03")
                .noneMatch(c -> c.startsWith("recognition") && c.contains("1949"));
    }
}
