package org.reckon.cli;

import org.reckon.model.Metric;
import org.reckon.store.query.ClaimFilter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The claim filters {@code reckon claims} and {@code reckon export} share, as the API's claims endpoints take them. */
final class ClaimFilterOptions {
    @Option(names = "--party", converter = PartyConverter.class, description = "whose people were counted (case-insensitive; aliases such as DPRK are understood)")
    String party;

    @Option(names = "--metric", description = "killed, wounded, casualties, captured, missing, deployed")
    String metric;

    @Option(names = "--source", description = "part of a source's name, originator or relay")
    String source;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, description = "claimed on or after")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, description = "claimed on or before")
    LocalDate until;

    @Option(names = "--text", paramLabel = "WORDS", description = "words that must all occur in the evidence sentence")
    String text;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    /** The filter given, or a usage error (exit 2) naming the bad value. */
    ClaimFilter filter() {
        try {
            List<String> words = text == null ? List.of() : Arrays.stream(text.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
            return new ClaimFilter(party, metric == null ? null : Metric.fromWire(metric).wire(), source, DateConverter.iso(since),
                    DateConverter.iso(until), words);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
