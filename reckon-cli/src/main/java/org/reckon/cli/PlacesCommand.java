package org.reckon.cli;

import org.reckon.places.GeoContext;
import org.reckon.places.Geocoder;
import org.reckon.places.Place;
import org.reckon.places.PlaceIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code reckon places NAME...}: where the gazetteer puts places as written; {@code --bench}: its size, load time and memory. */
@Command(name = "places", mixinStandardHelpOptions = true,
        description = "Look places up in reckon's GeoNames gazetteer, or measure it (--bench).")
public final class PlacesCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PLACE", arity = "0..*", description = "places as a report writes them: \"the Kursk region\", \"Pokrovsk\"")
    List<String> names = List.of();

    @Option(names = "--context", paramLabel = "TEXT", description = "report text whose dateline and named countries choose among places of one name")
    String context;

    @Option(names = "--bench", description = "print the resource's size, the time and heap to load it, and lookups per second")
    boolean bench;

    @Option(names = "--loads", defaultValue = "5", description = "loads measured by --bench (default ${DEFAULT-VALUE})")
    int loads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (bench) {
            bench(out);
            return 0;
        }
        if (names.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give a place to look up, or --bench");
        }
        Geocoder geocoder = Geocoder.shared();
        GeoContext ctx = context == null ? GeoContext.NONE : geocoder.context(context);
        int unknown = 0;
        for (String name : names) {
            Place p = geocoder.locate(name, ctx).orElse(null);
            if (p == null) {
                out.printf("%s: not in the gazetteer%n", name);
                unknown++;
            } else {
                out.printf(Locale.ROOT, "%s: %s (%s), %s, %s, %.4f %.4f%s%n", name, p.name(), p.precision().wire(),
                        p.admin1() == null ? "-" : p.admin1(), p.country(), p.lat(), p.lon(),
                        p.geonamesId() == null ? "" : ", GeoNames " + p.geonamesId());
            }
        }
        out.flush();
        return unknown == 0 ? 0 : 1;
    }

    private void bench(PrintWriter out) {
        Runtime rt = Runtime.getRuntime();
        out.printf("resource: %,d bytes compressed%n", PlaceIndex.resourceBytes());
        long heapBefore = usedAfterGc(rt);
        long best = Long.MAX_VALUE;
        long first = 0;
        PlaceIndex kept = null;
        for (int i = 0; i < Math.max(1, loads); i++) {
            kept = null;
            usedAfterGc(rt);
            long t0 = System.nanoTime();
            kept = PlaceIndex.load();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            first = i == 0 ? ms : first;
            best = Math.min(best, ms);
        }
        long heapAfter = usedAfterGc(rt);
        out.printf("entries: %,d places, areas and countries%n", kept.size());
        out.printf("load: first %,d ms, best of %d %,d ms%n", first, Math.max(1, loads), best);
        out.printf("heap held by one index: %,d MB%n", (heapAfter - heapBefore) / (1024 * 1024));
        Geocoder geocoder = new Geocoder(kept);
        String[] sample = {"Kursk", "the Kursk region", "Pokrovsk", "Tripoli", "southern Lebanon", "Donetsk Oblast", "Khan Younis", "Qwertyville"};
        int n = 200_000;
        long t0 = System.nanoTime();
        int found = 0;
        for (int i = 0; i < n; i++) {
            found += geocoder.locate(sample[i % sample.length], GeoContext.NONE).isPresent() ? 1 : 0;
        }
        double s = (System.nanoTime() - t0) / 1e9;
        out.printf("lookups: %,.0f per second (%,d lookups, %,d found)%n", n / s, n, found);
        out.flush();
    }

    private static long usedAfterGc(Runtime rt) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
