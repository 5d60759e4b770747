package org.chancery.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code chancery}: the diplomatic record from the command line. */
@Command(name = "chancery", mixinStandardHelpOptions = true, version = "chancery 0.1.0",
        description = "The public record of diplomacy as a queryable timeline.",
        subcommands = {ImportCommand.class, DemoCommand.class, TerritoriesCommand.class, RelationsCommand.class, TimelineCommand.class,
                EnvoysCommand.class, MissionsCommand.class, SearchCommand.class, AnniversariesCommand.class, PostCommand.class, CheckCommand.class, EvalCommand.class, ServeCommand.class, StatsCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit code (tests call this). */
    public static int run(String... args) {
        CommandLine cl = commandLine();
        cl.setExecutionExceptionHandler(ExitCodes::handle);
        cl.setParameterExceptionHandler(ExitCodes::handleParameter);
        return cl.execute(args);
    }

    /** The command tree, its help {@value #HELP_WIDTH} columns wide so that no description line is wrapped mid-phrase. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setUsageHelpWidth(HELP_WIDTH);
        return cl;
    }

    static final int HELP_WIDTH = 100;

    @Override
    public void run() {
        commandLine().usage(System.out);
    }
}
