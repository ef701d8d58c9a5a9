package org.reckon.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --threads N} option shared by the commands that extract: all cores unless told. */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N", description = "worker threads for extraction (default: all cores)")
    Integer threads;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    /** The thread count, or a usage error naming the option when it is below one. */
    int count() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--threads must be at least 1, got " + n);
        }
        return n;
    }
}
