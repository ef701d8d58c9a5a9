package org.reckon.cli;

import org.reckon.store.Ledger;
import org.reckon.store.ingest.ExtractedLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code reckon load-spark OUT}: stores the output of the Spark job ({@code OUT/extracted}, the
 * reports with their extractions in the job's ledger order) in the ledger without extracting
 * again. Syndication and estimates are filed by the ledger's own writer in that order, so the
 * ledger ends up with the reports, estimates and consensus the job wrote.
 */
@Command(name = "load-spark", mixinStandardHelpOptions = true,
        description = "Store a reckon-spark job's output (OUT/extracted) in the ledger without extracting again.")
public final class LoadSparkCommand implements Callable<Integer> {
    @Parameters(paramLabel = "OUT", description = "the job's output folder (or its 'extracted' folder, or one part file)")
    Path out;

    @Mixin
    DbOption db;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path source = Files.isDirectory(out.resolve("extracted")) ? out.resolve("extracted") : out;
        if (!Files.exists(source)) {
            err.println("reckon: no such file or folder: " + out);
            return 2;
        }
        ExtractedLoader.Tally t;
        String where;
        try (Ledger ledger = db.open()) {
            t = new ExtractedLoader(ledger).load(source, line -> err.println("reckon: " + line));
            where = ledger.location().display();
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println(IngestTally.line(t.stored(), t.duplicates(), t.claims(), t.failed(), t.syndicated(), where));
        o.flush();
        return t.failed() > 0 ? 1 : 0;
    }
}
