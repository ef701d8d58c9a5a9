package org.reckon.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code reckon} command line. Exit codes: 0 ok, 1 some input failed, 2 bad usage. */
@Command(name = "reckon", mixinStandardHelpOptions = true, version = "reckon 0.1.0",
        description = "Attributed casualty claims from conflict reporting.",
        subcommands = {ExtractCommand.class, EvalCommand.class, BenchCommand.class, IngestCommand.class, ClaimsCommand.class,
            EstimatesCommand.class, SourcesCommand.class, ShowCommand.class, ExportCommand.class, LedgerBenchCommand.class,
            ServeCommand.class, BriefCommand.class, LoadSparkCommand.class, StatementsCommand.class, WatchCommand.class,
            ChangesCommand.class, ReviewCommand.class, UsersCommand.class, ReextractCommand.class, PlacesCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; the entry point tests call. */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs with the given output and error writers, so tests can read what a person would see. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("reckon: " + ex.getMessage());
            return 1;
        });
        cli.setParameterExceptionHandler((ex, given) -> {
            // One line naming the bad input, and where to look, instead of the whole usage text.
            CommandLine c = ex.getCommandLine();
            String name = c == cli ? "reckon" : "reckon " + c.getCommandName();
            c.getErr().println(name + ": " + ex.getMessage() + suggestion(ex) + " (see " + name + " --help)");
            return 2;
        });
        return cli.execute(args);
    }

    /** Picocli's closest commands or options for a mistyped one: "; did you mean estimates?" (empty when none is close). */
    static String suggestion(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u)) {
            return "";
        }
        // Picocli lists the closest first, however far; a name more than a third different was not what was meant.
        String typed = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0).replaceFirst("=.*", "");
        return u.getSuggestions().stream().findFirst().filter(s -> org.reckon.words.EditDistance.between(typed, s) <= Math.max(1, typed.length() / 3))
                .map(s -> "; did you mean " + s + "?").orElse("");
    }


    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
