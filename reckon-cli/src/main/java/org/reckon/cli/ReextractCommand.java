package org.reckon.cli;

import org.reckon.extract.Extractor;
import org.reckon.model.Extraction;
import org.reckon.model.Report;
import org.reckon.store.Ledger;
import org.reckon.store.review.Reextraction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code reckon reextract [--since DATE] [--party P]}: runs the current extractor over stored
 * reports and replaces their machine claims, keeping every reviewer's decision
 * ({@link Reextraction}), then prints what changed.
 */
@Command(name = "reextract", mixinStandardHelpOptions = true,
        description = "Re-extract stored reports with the current extractor, keeping reviewers' decisions.")
public final class ReextractCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--since", paramLabel = "DATE", converter = DateConverter.class, description = "only reports published on or after DATE")
    LocalDate since;

    @Option(names = "--party", converter = PartyConverter.class, description = "only reports with a claim about this party")
    String party;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static final int BATCH = 200;

    @Override
    public Integer call() throws Exception {
        try (Ledger ledger = db.open()) {
            Reextraction re = new Reextraction(ledger);
            List<Long> ids = re.reports(since == null ? null : since.toString(), party);
            Reextraction.Tally tally = Reextraction.Tally.NONE;
            ExecutorService pool = Executors.newFixedThreadPool(threads.count());
            try {
                // A batch at a time, so a large ledger's texts are never all in memory at once.
                for (int from = 0; from < ids.size(); from += BATCH) {
                    List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
                    List<Future<Extraction>> extracted = new ArrayList<>();
                    for (long id : batch) {
                        Report r = re.report(id);
                        extracted.add(pool.submit(() -> Extractor.shared().extract(r)));
                    }
                    for (int i = 0; i < batch.size(); i++) {
                        tally = tally.plus(re.apply(batch.get(i), extracted.get(i).get()));
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            spec.commandLine().getOut().printf("re-extracted %s: claims added %d, removed %d, changed %d;"
                            + " decisions re-linked %d, orphaned %d (kept as reviewers' claims); estimates recomputed%n",
                    Cells.count(tally.reports(), "report", "reports"), tally.added(), tally.removed(), tally.changed(), tally.relinked(), tally.orphaned());
        }
        return 0;
    }
}
