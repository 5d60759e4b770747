package org.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Issue 14: a question builds only its own command, and that command is the one the whole tree holds. */
class LazyCommandsTest {
    @Test
    void aQuestionBuildsItsOwnCommandAlone() {
        assertThat(Main.commandLineFor("envoys", "russia", "--on", "1934-01-01").getSubcommands()).containsOnlyKeys("envoys");
    }

    @Test
    void eachCommandAloneHasTheHelpAndOptionsItHasInTheWholeTree() {
        CommandLine whole = Main.commandLine();
        assertThat(whole.getSubcommands()).hasSize(15);
        whole.getSubcommands().forEach((name, inTree) -> {
            CommandLine alone = Main.commandLineFor(name).getSubcommands().get(name);
            assertThat(alone.getUsageMessage(CommandLine.Help.Ansi.OFF)).as(name).isEqualTo(inTree.getUsageMessage(CommandLine.Help.Ansi.OFF));
            assertThat(alone.getCommandSpec().qualifiedName()).isEqualTo("chancery " + name);
        });
    }

    @Test
    void aCommandThatOpensAStoreHasTheDriverReadiedMeanwhileButNotForItsHelpOrVersionOrForServe() {
        assertThat(Main.opensAStore("envoys", "russia", "--on", "1934-01-01")).isTrue();
        assertThat(Main.opensAStore("import", "-q", "--from", "data")).isTrue();
        for (String[] args : new String[][] {{}, {"help", "envoys"}, {"--version"}, {"envoy", "russia"}, {"envoys", "--help"}, {"stats", "-h"},
                {"relations", "-V"}, {"serve", "--port", "0"}}) {
            assertThat(Main.opensAStore(args)).as(String.join(" ", args)).isFalse();
        }
    }

    @Test
    void helpVersionAndAMisspeltCommandSeeTheWholeTree() {
        for (String[] args : new String[][] {{}, {"help", "envoys"}, {"--version"}, {"envoy", "russia"}}) {
            assertThat(Main.commandLineFor(args).getSubcommands()).as(String.join(" ", args)).hasSize(15);
        }
    }
}
