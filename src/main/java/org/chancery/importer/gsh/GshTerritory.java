package org.chancery.importer.gsh;

import java.util.List;

/** One gsh territory as written: id, names, and the ids before and after it. */
public record GshTerritory(String id, String shortName, String longName, List<String> predecessors, List<String> successors) {
    public GshTerritory {
        predecessors = List.copyOf(predecessors);
        successors = List.copyOf(successors);
    }
}
