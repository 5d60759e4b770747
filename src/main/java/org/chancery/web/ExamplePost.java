package org.chancery.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The example the check page offers: the seed post beside the data ({@code ../shared/examples/seed-post.txt},
 * or under the folder the {@code chancery.shared} property names). The post is not ours to copy
 * into the program, so the page offers it only where it lies beside the data.
 */
final class ExamplePost {
    private static final int MAX_CHARS = 100_000;

    private ExamplePost() {
    }

    static Optional<String> seed() {
        Path p = Path.of(System.getProperty("chancery.shared", Path.of("..", "shared").toString()), "examples", "seed-post.txt");
        try {
            if (!Files.isRegularFile(p) || Files.size(p) > MAX_CHARS) return Optional.empty();
            return Optional.of(Files.readString(p, StandardCharsets.UTF_8).strip());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
