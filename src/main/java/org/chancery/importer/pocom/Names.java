package org.chancery.importer.pocom;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A readable name for a territory known only by its slug ("cook-islands" → "Cook Islands"). */
public final class Names {
    private Names() {
    }

    public static String fromSlug(String slug) {
        return Arrays.stream(slug.split("-"))
                .map(w -> w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(Collectors.joining(" "));
    }
}
