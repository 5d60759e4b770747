package org.chancery.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chancery.error.InvalidInputException;

/**
 * A folder laid out like the shipped data: {@code rdcr/articles}, {@code pocom/...},
 * {@code visits/data}, {@code travels/...} and optionally {@code states/}.
 */
public record SourceLayout(Path root) {

    /**
     * Checks that the folder holds at least rdcr and pocom.
     *
     * @throws InvalidInputException naming the folder and what is missing
     */
    public static SourceLayout of(Path root) {
        if (!Files.isDirectory(root)) throw new InvalidInputException("--from", root.toString(), "no such folder");
        for (String needed : new String[] {"rdcr/articles", "pocom/missions-countries", "pocom/people"}) {
            if (!Files.isDirectory(root.resolve(needed))) {
                throw new InvalidInputException("--from", root.toString(), "missing " + needed + "/ (expected the layout of the shipped data)");
            }
        }
        return new SourceLayout(root);
    }

    public Path rdcr() {
        return root.resolve("rdcr");
    }

    public Path pocom() {
        return root.resolve("pocom");
    }

    public Path visits() {
        return root.resolve("visits");
    }

    public Path travels() {
        return root.resolve("travels");
    }

    /** Wikipedia's "Foreign relations of X" articles (may be absent). */
    public Path wikipedia() {
        return root.resolve("wikipedia-relations");
    }

    /** The Office's persons database (may be absent). */
    public Path people() {
        return root.resolve("people");
    }

    /** The Office's historical country names, or null when the folder has none. */
    public Path gsh() {
        Path p = root.resolve("gsh");
        return Files.isDirectory(p) ? p : null;
    }

    /** The state-system lists, or null when the folder has none. */
    public Path states() {
        Path p = root.resolve("states");
        return Files.isDirectory(p) ? p : null;
    }
}
