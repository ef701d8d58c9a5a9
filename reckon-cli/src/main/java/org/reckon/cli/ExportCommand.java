package org.reckon.cli;

import org.reckon.store.Ledger;
import org.reckon.store.export.ExportFormat;
import org.reckon.store.export.Exporter;
import org.reckon.store.export.GoldExport;
import org.reckon.store.query.ClaimFilter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code reckon export}: the claims (all, or those the filters of {@code reckon claims} select),
 * one row each, as CSV or JSONL (columns in the README), or the fully reviewed reports as gold
 * for {@code reckon eval}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the claims (all, or those the filters of reckon claims select) as CSV or JSONL, or the reviewed reports as gold.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--format", required = true, paramLabel = "csv|jsonl|gold",
            description = "csv or jsonl (one row per claim), or gold (reviewed reports, as reckon eval reads)")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of stdout")
    Path outFile;

    @Mixin
    ClaimFilterOptions filters;

    @Mixin
    PlaceOptions places;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ExportFormat f;
        ClaimFilter filter = filters.filter().withPlace(places.filter());
        try {
            f = ExportFormat.fromWire(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Ledger ledger = db.open()) {
            if (f == ExportFormat.GOLD) {
                return gold(ledger);
            }
            if (outFile == null) {
                new Exporter(ledger).write(f, filter, spec.commandLine().getOut());
                return 0;
            }
            long n;
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(outFile, StandardCharsets.UTF_8))) {
                n = new Exporter(ledger).write(f, filter, w);
            }
            spec.commandLine().getErr().println("reckon: " + Cells.count(n, "claim", "claims") + " written to " + outFile);
        }
        return 0;
    }

    private int gold(Ledger ledger) throws Exception {
        GoldExport.Tally t;
        if (outFile == null) {
            t = new GoldExport(ledger).write(spec.commandLine().getOut());
        } else {
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(outFile, StandardCharsets.UTF_8))) {
                t = new GoldExport(ledger).write(w);
            }
        }
        spec.commandLine().getErr().printf("reckon: %s with %s written%s; %s passed over"
                + " because some of their claims await review%n", Cells.count(t.reports(), "reviewed report", "reviewed reports"),
                Cells.count(t.claims(), "gold claim", "gold claims"), outFile == null ? "" : " to " + outFile,
                Cells.count(t.partlyReviewed(), "report", "reports"));
        return 0;
    }
}
