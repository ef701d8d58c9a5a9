package org.reckon.cli;

import org.reckon.model.Metric;
import org.reckon.store.Ledger;
import org.reckon.store.query.Citation;
import org.reckon.store.query.EstimateQuery;
import org.reckon.store.query.EstimateRow;
import org.reckon.store.reconcile.MetricEstimates;
import org.reckon.store.reconcile.PartyEstimates;
import org.reckon.store.reconcile.Reconciliation;
import org.reckon.store.reconcile.SourceSeries;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code reckon estimates --party P}: each source's timeline, its standing figure, and the consensus. */
@Command(name = "estimates", mixinStandardHelpOptions = true,
        description = "Per-source timelines, latest figures and the consensus range for one party.")
public final class EstimatesCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--party", converter = PartyConverter.class, required = true, description = "whose people were counted (case-insensitive; aliases such as DPRK are understood)")
    String party;

    @Option(names = "--metric", description = "only this metric")
    String metric;

    @Option(names = "--json", description = "JSON for programs instead of a table")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String m;
        try {
            m = metric == null ? null : Metric.fromWire(metric).wire();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Ledger ledger = db.open()) {
            PartyEstimates estimates = Reconciliation.summarise(party, new EstimateQuery(ledger).forParty(party, m));
            if (json) {
                JsonOut.print(out, estimates);
            } else {
                print(out, estimates);
            }
        }
        return 0;
    }

    private static void print(PrintWriter out, PartyEstimates e) {
        if (e.metrics().isEmpty()) {
            out.println("no estimates for " + e.party());
        }
        for (MetricEstimates m : e.metrics()) {
            out.printf("== %s / %s%n", e.party(), m.metric());
            var c = m.consensus();
            if (c.best() != null) {
                out.printf("   consensus: low %s  best %s  high %s  (%d independent voice(s): %s)%n",
                        c.low(), c.best(), c.high(), c.voices().size(), String.join("; ", c.voices()));
            }
            for (SourceSeries s : m.series()) {
                out.printf("   %s [%s%s]%s%n", s.source(), Cells.orDash(s.kind()),
                        s.affiliation() == null ? "" : ", " + s.affiliation(), s.attributed() ? "" : " (report's own figure)");
                for (EstimateRow r : s.timeline()) {
                    row(out, r, r == s.latest() ? "latest" : "");
                }
            }
            if (!m.separate().isEmpty()) {
                out.println("   incident and period figures (not in the consensus):");
                for (EstimateRow r : m.separate()) {
                    row(out, r, r.source());
                }
            }
        }
        out.flush();
    }

    private static void row(PrintWriter out, EstimateRow r, String note) {
        out.printf("     %-10s %-12s %-10s %-3d citation(s) %s%n", Cells.orDash(r.lastClaimed()),
                Cells.figure(r.qualifier(), r.low(), r.high()), r.scope(), r.citations().size(), note);
        for (Citation c : r.citations()) {
            out.printf("        claim %d: %s %s \"%s\"%n", c.claimId(), Cells.orDash(c.outlet() != null ? c.outlet() : c.report()),
                    Cells.orDash(c.published()), Cells.clip(c.evidence(), 100));
        }
    }
}
