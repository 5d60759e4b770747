package org.chancery.anniversary;

import java.time.LocalDate;
import java.util.List;
import org.chancery.event.Citation;
import org.chancery.event.Event;

/**
 * A draft "N years ago" post.
 *
 * @param sentences the post, sentence by sentence; each factual one cites its sources
 * @param sources   the numbered sources block (sentence source numbers are 1-based indices)
 * @param nearest   when nothing in the record falls on the day: the events whose anniversaries are nearest
 */
public record Post(LocalDate date, String lang, List<Sentence> sentences, List<Citation> sources, List<String> hashtags,
                   List<Event> nearest) {

    /** One sentence and the numbers of the sources it rests on; {@code factual} is false for notices and hashtags. */
    public record Sentence(String text, List<Integer> sources, boolean factual) {
    }

    /** The post as plain text: each sentence followed by its source numbers, then the sources block. */
    public String render() {
        StringBuilder b = new StringBuilder();
        for (Sentence s : sentences) {
            if (!b.isEmpty()) b.append(' ');
            b.append(s.text());
            if (!s.sources().isEmpty()) {
                b.append(' ').append(String.join("", s.sources().stream().map(n -> "[" + n + "]").toList()));
            }
        }
        if (!hashtags.isEmpty()) b.append("\n\n").append(String.join(" ", hashtags));
        if (!sources.isEmpty()) {
            b.append("\n\n").append("ru".equals(lang) ? "Источники:" : "Sources:");
            for (int i = 0; i < sources.size(); i++) {
                Citation c = sources.get(i);
                if (c.needsAttribution()) {
                    // CC BY-SA asks for the credit, the licence and the article's link with every fact taken from it
                    b.append("\n[").append(i + 1).append("] ").append(c.record().replace("#", ", row ")).append(", ").append(c.credit())
                            .append(", ").append(c.url());
                    continue;
                }
                b.append("\n[").append(i + 1).append("] Office of the Historian, ").append(c.dataset()).append(' ')
                        .append(c.file()).append(", ").append(c.record()).append(", ").append(c.url());
            }
        }
        return b.toString();
    }
}
