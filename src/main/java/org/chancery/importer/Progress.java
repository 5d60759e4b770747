package org.chancery.importer;

/** Where an import reports how far it has come; the CLI draws it on a terminal, tests ignore it. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (stage, done, total) -> {
    };

    void step(String stage, int done, int total);
}
