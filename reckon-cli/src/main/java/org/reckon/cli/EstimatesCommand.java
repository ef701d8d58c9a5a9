package org.reckon.cli;

import org.reckon.words.FigureWords;

import org.reckon.model.Metric;
import org.reckon.model.Role;
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

    @Option(names = "--role", description = "only figures of this role of the people counted: military, civilian or unknown")
    String role;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, description = "the ledger as it stood on this day (YYYY-MM-DD): later claims left out")
    java.time.LocalDate asOf;

    @Option(names = "--stale-after", paramLabel = "DAYS", defaultValue = "" + Reconciliation.STALE_AFTER_DAYS,
            description = "a voice whose latest figure is more than DAYS older than the newest is listed, not counted (default ${DEFAULT-VALUE})")
    int staleAfter;

    @Mixin
    PlaceOptions places;

    @Option(names = "--json", description = "JSON for programs instead of a table")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String m;
        String r;
        Reconciliation.Options options;
        org.reckon.store.query.PlaceFilter where;
        try {
            m = metric == null ? null : Metric.fromWire(metric).wire();
            r = role == null ? null : Role.valueOf(role.strip().toUpperCase(java.util.Locale.ROOT)).wire();
            options = new Reconciliation.Options(asOf, staleAfter);
            where = places.filter();
        } catch (IllegalArgumentException e) {
            String message = role != null && e.getMessage() != null && e.getMessage().contains("No enum constant")
                    ? "--role: expected military, civilian or unknown, got '" + role + "'" : e.getMessage();
            throw new CommandLine.ParameterException(spec.commandLine(), message);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Ledger ledger = db.open()) {
            PartyEstimates estimates = Reconciliation.summarise(party,
                    org.reckon.store.query.EstimatesByPlace.keep(ledger, new EstimateQuery(ledger).forParty(party, m, r), where), options);
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
            out.printf("== %s / %s / %s%n", e.party(), m.metric(), m.role());
            var c = m.consensus();
            if (c.best() != null) {
                out.printf("   consensus as of %s: low %s  best %s  high %s  (%s)%n", Cells.orDash(c.asOf()), FigureWords.number(c.low()),
                        FigureWords.number(c.best()), FigureWords.number(c.high()),
                        Cells.count(c.voices().size(), "independent voice", "independent voices"));
            }
            for (var v : c.voices()) {
                out.printf("     counted: %s, %s (%s)%n", v.source(), Cells.figure(v.qualifier(), v.low(), v.high()),
                        v.claimedOn() == null ? "undated" : v.claimedOn());
            }
            for (var v : c.notCounted()) {
                out.printf("     not counted: %s, %s (%s): %s%n", v.source(), Cells.figure(v.qualifier(), v.low(), v.high()),
                        v.claimedOn() == null ? "undated" : v.claimedOn(), v.reason());
            }
            for (SourceSeries s : m.series()) {
                out.printf("   %s [%s%s]%s%n", s.source(), Cells.orDash(s.kind()),
                        s.affiliation() == null ? "" : ", " + s.affiliation(), s.attributed() ? "" : " (report's own figure)");
                for (EstimateRow r : s.timeline()) {
                    row(out, r, r == s.latest() ? "latest" : "");
                }
            }
            if (!m.separate().isEmpty()) {
                out.println("   kept apart (not in the consensus):");
                for (EstimateRow r : m.separate()) {
                    row(out, r, r.source() + ": " + r.reason());
                }
            }
        }
        out.flush();
    }

    private static void row(PrintWriter out, EstimateRow r, String note) {
        out.println(String.format("     %-10s %-16s %-10s %-12s %s", r.lastClaimed() == null ? "undated" : r.lastClaimed(),
                Cells.figure(r.qualifier(), r.low(), r.high()), r.scope(), Cells.count(r.citations().size(), "citation", "citations"),
                note).stripTrailing());
        for (Citation c : r.citations()) {
            out.printf("        claim %d: %s %s \"%s\"%s%n", c.claimId(), Cells.orDash(c.outlet() != null ? c.outlet() : c.report()),
                    Cells.orDash(c.published()), Cells.clip(c.evidence(), 100), c.reviewed() ? " (reviewed: " + c.review() + ")" : "");
        }
    }
}
