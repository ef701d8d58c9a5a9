package org.reckon.cli;

import org.reckon.io.FileFacts;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --published}, {@code --outlet} and {@code --title}: what a .txt, .md or .html report file does not say about itself. */
final class FileFactsOptions {
    @Option(names = "--published", paramLabel = "YYYY-MM-DD|YYYY",
            description = "publication day (or year) of .txt, .md and .html reports; a dateline without a year (\"SEOUL, Feb. 10 --\") takes its year from it")
    String published;

    @Option(names = "--outlet", paramLabel = "NAME", description = "the outlet of .txt, .md and .html reports")
    String outlet;

    @Option(names = "--title", paramLabel = "TEXT", description = "the title of .txt, .md and .html reports")
    String title;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    /** The facts given, or a usage error (exit 2) naming the bad value. */
    FileFacts facts() {
        try {
            return FileFacts.of(published, outlet, title);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
