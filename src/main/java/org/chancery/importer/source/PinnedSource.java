package org.chancery.importer.source;

import java.util.List;

/**
 * One repository at one commit, and what of it the import needs.
 *
 * @param owner  GitHub owner ("HistoryAtState")
 * @param repo   repository name ("rdcr")
 * @param commit the pinned commit
 * @param folder the folder inside the repository to take ("" for all of it)
 * @param target the folder of the source layout it becomes ("rdcr", "states")
 * @param paths  only these files or folders of {@code folder}, kept under their names (empty for all)
 */
public record PinnedSource(String owner, String repo, String commit, String folder, String target, List<String> paths) {

    /** The folder every entry of GitHub's archive of this commit sits in. */
    public String archiveRoot() {
        return repo + "-" + commit + "/";
    }

    /** Whether the entry at {@code rel} (relative to {@code folder}) is one this source takes. */
    boolean takes(String rel) {
        return paths.isEmpty() || paths.stream().anyMatch(p -> rel.equals(p) || rel.startsWith(p + "/"));
    }

    public String archivePath() {
        return owner + "/" + repo + "/archive/" + commit + ".zip";
    }

    /** The pinned sources of SOURCES.md (a test keeps the two in step), U.S. side first, then the sources beyond it. */
    public static final List<PinnedSource> ALL = List.of(
            new PinnedSource("HistoryAtState", "rdcr", "f3c53549557dd8cf5d9d85096140ed58208f91c6", "", "rdcr", List.of()),
            new PinnedSource("HistoryAtState", "pocom", "44d2226df6b26f8f5807215ec40e3a6c4d706bbb", "", "pocom", List.of()),
            new PinnedSource("HistoryAtState", "visits", "869ca4f0e8d15521bc3c094b846e6b1d3c7d8f1d", "", "visits", List.of()),
            new PinnedSource("HistoryAtState", "travels", "3170c773f22c99dadc8ec93da070f8ff6259d6d8", "", "travels", List.of()),
            new PinnedSource("brentonk", "us_diplomatic_missions", "6b3b3acfcdd821176aa976b9c56be3648c678ca1", "input", "states",
                    List.of("cow_statelist2024.csv", "ksgmdw.txt", "microstates.txt")),
            new PinnedSource("HistoryAtState", "people", "4d7a5782ad602d69dafd3b0e24c6a60b6f2ba80a", "", "people", List.of("data")),
            new PinnedSource("HistoryAtState", "gsh", "c8aea3fec913baa1daa8472e3a6becdf7277d8be", "", "gsh", List.of("data")),
            new PinnedSource("benj3542", "IP_graph", "8755b2cacc488be37a584a549698c44a95c8bb4b", "", "wikipedia-relations",
                    List.of("wiki_foreign_relations_jsons", "other_states")));
}
