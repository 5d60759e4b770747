package org.chancery.claim;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chancery.error.InvalidInputException;
import org.chancery.error.SourceUnavailableException;
import org.chancery.xml.Dom;
import org.chancery.xml.SafeXml;
import org.chancery.json.Json;
import org.w3c.dom.Element;

/**
 * A folder of posts: {@code .txt} files (one post each), {@code .jsonl} files (a post per line,
 * with {@code text} and optionally {@code date}), and tweet archives ({@code .xml} files with
 * {@code <tweet><date>..</date><text>..</text></tweet>}, as the Office's twitter archive).
 */
public final class Archive {
    /** A post and its own date (null when unknown). */
    public record Post(String id, String text, LocalDate date) {
    }

    private Archive() {
    }

    /** The posts of a folder, and one line for each file or line that could not be read (the rest are read). */
    public record Read(List<Post> posts, List<String> problems) {
    }

    public static List<Post> read(Path dir) {
        return readAll(dir).posts();
    }

    public static Read readAll(Path dir) {
        if (!Files.isDirectory(dir)) throw new InvalidInputException("--archive", dir.toString(), "no such folder");
        List<Post> posts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot read " + dir + ": " + e.getMessage(), e);
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            try {
                if (name.endsWith(".txt")) {
                    posts.add(new Post(dir.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8), null));
                } else if (name.endsWith(".jsonl")) {
                    int n = 0;
                    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                        n++;
                        if (line.isBlank()) continue;
                        JsonNode node;
                        try {
                            node = Json.mapper().readTree(line);
                        } catch (IOException e) {
                            problems.add(dir.relativize(f) + ":" + n + ": invalid JSON");
                            continue;
                        }
                        String text = node.path("text").asText("");
                        posts.add(new Post(dir.relativize(f) + ":" + n, text, date(node.path("date").asText(null))));
                    }
                } else if (name.endsWith(".xml")) {
                    Element tweet = SafeXml.parse(f).getDocumentElement();
                    String text = Dom.text(tweet, "text");
                    if (text != null) posts.add(new Post(dir.relativize(f).toString(), text, date(Dom.text(tweet, "date"))));
                }
            } catch (java.nio.charset.CharacterCodingException e) {
                problems.add(dir.relativize(f) + ": not UTF-8 text; skipped");
            } catch (IOException | RuntimeException e) {
                problems.add(dir.relativize(f) + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "; skipped");
            }
        }
        return new Read(posts, problems);
    }

    private static LocalDate date(String s) {
        if (s == null || s.length() < 10) return null;
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
