package org.reckon.cli;

import org.reckon.store.query.PlaceFilter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Where claims were placed: {@code --near NAME --km N}, {@code --country}, {@code --admin1}, as the API's near, km, country and admin1. */
final class PlaceOptions {
    @Option(names = "--near", paramLabel = "PLACE", description = "only claims placed within --km of this place (a town, area or country the gazetteer knows)")
    String near;

    @Option(names = "--km", paramLabel = "N", description = "kilometres around --near (default 50)")
    Double km;

    @Option(names = "--country", description = "only claims placed in this country (any name the gazetteer knows, e.g. DPRK)")
    String country;

    @Option(names = "--admin1", paramLabel = "AREA", description = "only claims placed in a first-level area whose name contains AREA (e.g. Donetsk)")
    String admin1;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    /** The place filter given, or a usage error (exit 2) naming the bad value. */
    PlaceFilter filter() {
        try {
            return PlaceFilter.of(near, km, country, admin1);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--" + e.getMessage());
        }
    }
}
