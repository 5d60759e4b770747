package org.chancery.cli;

import java.util.List;
import org.chancery.store.DriverWarmUp;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code chancery}: the diplomatic record from the command line. */
@Command(name = "chancery", mixinStandardHelpOptions = true, version = "chancery 0.1.0",
        description = "The public record of diplomacy as a queryable timeline.")
public final class Main implements Runnable {

    /**
     * The subcommands in the order help lists them. Why a list and not the annotation's: picocli
     * builds a command's model by reflection, so a question builds only its own command (see
     * {@link #commandLineFor}), a good part of a short command's start-up.
     */
    static final List<String> COMMANDS = List.of("import", "demo", "territories", "relations", "timeline", "envoys", "missions",
            "search", "anniversaries", "post", "check", "eval", "serve", "stats", "help");

    // a switch, not a table of constructor references: the JDK's AOT cache cannot hold a lambda made
    // for picocli's HelpCommand, whose old class file it leaves out, and fails to build
    private static Object command(String name) {
        return switch (name) {
            case "import" -> new ImportCommand();
            case "demo" -> new DemoCommand();
            case "territories" -> new TerritoriesCommand();
            case "relations" -> new RelationsCommand();
            case "timeline" -> new TimelineCommand();
            case "envoys" -> new EnvoysCommand();
            case "missions" -> new MissionsCommand();
            case "search" -> new SearchCommand();
            case "anniversaries" -> new AnniversariesCommand();
            case "post" -> new PostCommand();
            case "check" -> new CheckCommand();
            case "eval" -> new EvalCommand();
            case "serve" -> new ServeCommand();
            case "stats" -> new StatsCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    public static void main(String[] args) {
        if (opensAStore(args)) DriverWarmUp.start();
        System.exit(run(args));
    }

    /**
     * Whether these arguments ask a command that opens a store for more than its help or version:
     * then SQLite's driver is readied on another core while picocli builds and parses the command.
     * Not for serve: it sets logback's levels, which must not race with logback's setting itself up
     * on the other thread (SLF4J hands out stand-in loggers meanwhile), and its start-up is not a
     * question's.
     */
    static boolean opensAStore(String... args) {
        if (args.length == 0 || !COMMANDS.contains(args[0]) || "help".equals(args[0]) || "serve".equals(args[0])) return false;
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) return false;
        }
        return true;
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
        for (String name : COMMANDS) cl.addSubcommand(name, command(name));
        return cl.setUsageHelpWidth(HELP_WIDTH);
    }

    /**
     * The tree as these arguments need it: when the first names a command, the root with that
     * command alone (it parses and runs exactly as in the whole tree); else (help, a version, a
     * misspelt command to suggest for) the whole tree.
     */
    static CommandLine commandLineFor(String... args) {
        if (args.length == 0 || "help".equals(args[0]) || !COMMANDS.contains(args[0])) return commandLine();
        // the width set after adding: picocli passes it to the subcommands present when it is set
        return new CommandLine(new Main()).addSubcommand(args[0], command(args[0])).setUsageHelpWidth(HELP_WIDTH);
    }

    static final int HELP_WIDTH = 100;

    @Override
    public void run() {
        commandLine().usage(System.out);
    }
}
