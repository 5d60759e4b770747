package org.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Every help text prints whole: no line of a description is wrapped by picocli, so none is cut mid-phrase. */
class HelpTest {
    static List<CommandLine> all(CommandLine cl) {
        List<CommandLine> out = new ArrayList<>(List.of(cl));
        cl.getSubcommands().values().forEach(sub -> out.addAll(all(sub)));
        return out;
    }

    @Test
    void everyDescriptionLineOfEveryCommandPrintsUnwrapped() {
        List<String> cut = new ArrayList<>();
        for (CommandLine cl : all(Main.commandLine())) {
            CommandSpec spec = cl.getCommandSpec();
            String usage = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
            String flat = usage.replaceAll("\\s+", " ");
            List<String> lines = new ArrayList<>(List.of(spec.usageMessage().description()));
            if (spec.userObject() instanceof CommandLine.HelpCommand) continue; // picocli's own
            for (ArgSpec a : spec.args()) {
                if (a.hidden()) continue;
                for (String d : a.description()) lines.add(d.replace("${DEFAULT-VALUE}", String.valueOf(a.defaultValue())));
            }
            for (String line : lines) {
                if (line.contains("${")) continue;
                String want = line.strip().replaceAll("\\s+", " ");
                // whole on one line of the usage, not merely present after joining wrapped lines
                boolean whole = usage.lines().anyMatch(l -> l.replaceAll("\\s+", " ").contains(want));
                if (!whole) cut.add(spec.qualifiedName() + ": " + want + (flat.contains(want) ? "" : " (absent)"));
            }
        }
        assertThat(cut).isEmpty();
    }
}
