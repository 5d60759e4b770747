package org.chancery.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code chancery}: the diplomatic record from the command line. */
@Command(name = "chancery", mixinStandardHelpOptions = true, version = "chancery 0.1.0",
        description = "The public record of diplomacy as a queryable timeline.")
public final class Main implements Runnable {

    /**
     * The subcommands in the order help lists them. Why a table and not the annotation's list:
     * picocli builds a command's model by reflection, so a question builds only its own command
     * (see {@link #commandLineFor}), a good part of a short command's start-up.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("import", ImportCommand::new);
        COMMANDS.put("demo", DemoCommand::new);
        COMMANDS.put("territories", TerritoriesCommand::new);
        COMMANDS.put("relations", RelationsCommand::new);
        COMMANDS.put("timeline", TimelineCommand::new);
        COMMANDS.put("envoys", EnvoysCommand::new);
        COMMANDS.put("missions", MissionsCommand::new);
        COMMANDS.put("search", SearchCommand::new);
        COMMANDS.put("anniversaries", AnniversariesCommand::new);
        COMMANDS.put("post", PostCommand::new);
        COMMANDS.put("check", CheckCommand::new);
        COMMANDS.put("eval", EvalCommand::new);
        COMMANDS.put("serve", ServeCommand::new);
        COMMANDS.put("stats", StatsCommand::new);
        COMMANDS.put("help", CommandLine.HelpCommand::new);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit code (tests call this). */
    public static int run(String... args) {
        CommandLine cl = commandLineFor(args);
        cl.setExecutionExceptionHandler(ExitCodes::handle);
        cl.setParameterExceptionHandler(ExitCodes::handleParameter);
        return cl.execute(args);
    }

    /** The command tree, its help {@value #HELP_WIDTH} columns wide so that no description line is wrapped mid-phrase. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        COMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        return cl.setUsageHelpWidth(HELP_WIDTH);
    }

    /**
     * The tree as these arguments need it: when the first names a command, the root with that
     * command alone (it parses and runs exactly as in the whole tree); else (help, a version, a
     * misspelt command to suggest for) the whole tree.
     */
    static CommandLine commandLineFor(String... args) {
        Supplier<Object> command = args.length == 0 || "help".equals(args[0]) ? null : COMMANDS.get(args[0]);
        if (command == null) return commandLine();
        // the width set after adding: picocli passes it to the subcommands present when it is set
        return new CommandLine(new Main()).addSubcommand(args[0], command.get()).setUsageHelpWidth(HELP_WIDTH);
    }

    static final int HELP_WIDTH = 100;

    @Override
    public void run() {
        commandLine().usage(System.out);
    }
}
