package org.chancery.importer;

import java.util.List;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;

/** Builds territories as importers first meet them; names over time and codes are added later. */
public final class TerritoryBuilder {
    private TerritoryBuilder() {
    }

    public static Territory named(TerritoryId id, String name) {
        return new Territory(id, name, List.of(), List.of(), List.of(), List.of(), null, null);
    }
}
