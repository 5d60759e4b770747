package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every template, filled with a hostile value in every field, prints the value as text: no tag,
 * attribute or script of the value's own reaches the page.
 */
class PageTemplatesTest {
    static final String H = "\"'><img src=x onerror=alert(1)></textarea><script>alert(2)</script>&amp;";
    static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html, null, "org.chancery.web");

    static Map<String, Map<String, Object>> hostileCases() {
        var anniversary = new PageModels.AnniversaryItem(H, H, H, H, H, H, H, H, H, List.of(new PageModels.SourceLink(H, H)));
        var picture = new TimelineSvg.Picture(1000, 90, List.of(new TimelineSvg.Period(H, H, H, H)),
                List.of(new TimelineSvg.Mark(H, H, H, H, H, H)), List.of(new TimelineSvg.Year(H, 1950)),
                List.of(new TimelineSvg.Band(H, H, H, H)));
        var claim = new PageModels.ClaimItem(H, H, H, H, H, H, List.of(new PageModels.EvidenceItem(H, H, H)));
        var segments = List.of(new Highlight.Segment(List.of(H, H), null, null, null), new Highlight.Segment(List.of(H), H, H, H));
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        cases.put("layout.jte", Map.of("title", H, "content", (gg.jte.Content) out -> out.writeUserContent(H)));
        cases.put("home.jte", Map.of("page", new PageModels.Home(List.of(anniversary))));
        cases.put("anniversaryList.jte", Map.of("items", List.of(anniversary)));
        cases.put("search.jte", Map.of("page", new PageModels.Search(H, List.of(H), List.of())));
        cases.put("search.jte (people)", Map.of("page", new PageModels.Search(H, List.of(),
                List.of(new PageModels.PersonItem(H, H, List.of(new PageModels.PostItem(H, H, H, H)))))));
        cases.put("pair.jte", Map.of("page", new PageModels.Pair(H, picture,
                List.of(new PageModels.EventItem(H, H, H, H, H, H, List.of(new PageModels.SourceLink(H, H)))),
                List.of(new PageModels.MissionItem(H, H, H, H, H, H)), List.of(new PageModels.ChiefItem(H, H, H, H, H, H)), List.of(H), H,
                List.of(new PageModels.EnvoyToUsItem(H, H, H, H, H, H)))));
        cases.put("timeline.jte", Map.of("picture", picture));
        cases.put("anniversaries.jte", Map.of("page", new PageModels.Anniversaries(H, H, H, H, List.of(anniversary), List.of(anniversary),
                List.of(anniversary))));
        cases.put("check.jte", Map.of("page", new PageModels.Check(H, H, true, segments, List.of(claim))));
        cases.put("lines.jte", Map.of("lines", List.of(H, H)));
        return cases;
    }

    static String render(String name, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        ENGINE.render(name.replaceAll(" .*", ""), params, out);
        return out.toString();
    }

    @Test
    void everyTemplateHasAHostileCase() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src", "main", "jte"))) {
            List<String> templates = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jte")).toList();
            assertThat(hostileCases().keySet().stream().map(k -> k.replaceAll(" .*", "")).distinct().toList())
                    .containsExactlyInAnyOrderElementsOf(templates);
        }
    }

    @Test
    void everyTemplatePrintsAHostileValueAsText() {
        hostileCases().forEach((name, params) -> {
            String html = render(name, params);
            assertThat(html).as(name).doesNotContain("<img", "<script>alert", "</textarea><script", "\"'>")
                    .contains("&lt;img src=x onerror=alert(1)", "&amp;amp;");
        });
    }

    @Test
    void theHostileValueIsPrintedInEveryFieldOfAPage() {
        // each field of the pair page's rows carries the value: count that none was dropped or printed raw
        String html = render("pair.jte", hostileCases().get("pair.jte"));
        int fields = html.split("&lt;img", -1).length - 1;
        assertThat(fields).isGreaterThanOrEqualTo(20);
    }

    @Test
    void theTimelineLegendNamesTheSourcesDisagreeColourOnlyWhereAPeriodHasIt() {
        var agree = new TimelineSvg.Picture(1000, 90, List.of(new TimelineSvg.Period("diplomatic-relations", "0", "1000", "t")),
                List.of(new TimelineSvg.Mark("u", "1922-10-16", "t", "q", "relations-established", "0")), List.of(), List.of());
        var disagree = new TimelineSvg.Picture(1000, 90, List.of(new TimelineSvg.Period("sources-disagree", "0", "400", "t"),
                new TimelineSvg.Period("diplomatic-relations", "400", "600", "t")), agree.marks(), List.of(), List.of());
        assertThat(render("timeline.jte", Map.of("picture", disagree)))
                .contains("<span class=\"key sources-disagree\">sources disagree");
        assertThat(render("timeline.jte", Map.of("picture", agree))).doesNotContain("key sources-disagree");
    }
}
