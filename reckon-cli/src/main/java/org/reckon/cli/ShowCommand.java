package org.reckon.cli;

import org.reckon.store.Ledger;
import org.reckon.store.query.Citation;
import org.reckon.store.query.ClaimQuery;
import org.reckon.store.query.ClaimRow;
import org.reckon.store.query.EstimateQuery;
import org.reckon.store.review.Review;
import org.reckon.store.review.ReviewAction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code reckon show CLAIM_ID}: one claim with its evidence, report, chain and the citations of its estimate. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one claim with its evidence and citations.")
public final class ShowCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Parameters(paramLabel = "CLAIM_ID", description = "a claim id from 'reckon claims'")
    long claimId;

    @Option(names = "--json", description = "JSON for programs instead of text")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What {@code show --json} prints: the claim as reviewed, and every review action on it, oldest first. */
    record ClaimDetail(ClaimRow claim, String marked, List<Citation> citations, List<ReviewAction> history) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Ledger ledger = db.open()) {
            ClaimQuery claims = new ClaimQuery(ledger);
            Optional<ClaimRow> found = claims.byId(claimId);
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("reckon: no claim with id " + claimId);
                return 1;
            }
            ClaimRow c = found.get();
            List<Citation> citations = c.estimateId() == null ? List.of() : new EstimateQuery(ledger).citationsOf(c.estimateId());
            ClaimDetail detail = new ClaimDetail(c, marked(c), citations, new Review(ledger).history(claimId));
            if (json) {
                JsonOut.print(out, detail);
            } else {
                print(out, detail);
            }
        }
        return 0;
    }

    /** The evidence sentence with the figure's words marked [[like this]], where the figure can be found. */
    static String marked(ClaimRow c) {
        String s = c.evidence();
        Long n = c.low() != null ? c.low() : c.high();
        if (n == null) {
            return s;
        }
        for (String form : List.of(String.format("%,d", n), String.valueOf(n))) {
            int at = s.indexOf(form);
            if (at >= 0) {
                return s.substring(0, at) + "[[" + form + "]]" + s.substring(at + form.length());
            }
        }
        return s;
    }

    private static void print(PrintWriter out, ClaimDetail d) {
        ClaimRow c = d.claim();
        out.printf("claim %d: %s / %s / %s (%s, %s)%n", c.id(), Cells.orDash(c.party()), c.metric(),
                Cells.figure(c.qualifier(), c.low(), c.high()), c.role(), c.stance());
        out.printf("  subject:    %s%n  scope:      %s %s..%s%n  claimed on: %s%n  location:   %s%n", c.subject(), c.scope(),
                Cells.orDash(c.scopeFrom()), Cells.orDash(c.scopeTo()), Cells.orDash(c.claimedOn()), Cells.orDash(c.location()));
        out.printf("  source:     %s [%s%s]%n  chain:      %s%n", c.source() == null ? "(the report itself)" : c.source(),
                c.sourceKind(), c.affiliation() == null ? "" : ", " + c.affiliation(), Cells.orDash(c.chain()));
        out.printf("  evidence:   \"%s\" (characters %d-%d)%n", d.marked(), c.evidenceStart(), c.evidenceEnd());
        out.printf("  review:     %s%s%n", c.review(), c.reviewer() == null ? "" : " (last by " + c.reviewer() + ")");
        out.printf("  report:     %d %s, %s, published %s%s%n", c.reportId(), c.report(), Cells.orDash(c.outlet()),
                Cells.orDash(c.published()), c.url() == null ? "" : ", " + c.url());
        if (c.estimateId() != null) {
            out.printf("  estimate %d, %s:%n", c.estimateId(), Cells.count(d.citations().size(), "citation", "citations"));
            for (Citation ci : d.citations()) {
                out.printf("    claim %d in report %d (%s, %s)%s%n", ci.claimId(), ci.reportId(), Cells.orDash(ci.outlet()),
                        Cells.orDash(ci.published()), ci.syndicatedWith() == null ? "" : ", syndicated copy of report " + ci.syndicatedWith());
            }
        }
        printHistory(out, d.history());
        out.flush();
    }

    private static void printHistory(PrintWriter out, List<ReviewAction> history) {
        if (history.isEmpty()) {
            return;
        }
        out.printf("  history:%n");
        for (ReviewAction a : history) {
            StringBuilder line = new StringBuilder(String.format("    action %d  %s  %s by %s", a.id(), a.madeAt(), a.action(), a.reviewer()));
            for (String f : a.changed()) {
                line.append("; ").append(f).append(' ').append(Cells.orDash(a.before().values().get(f))).append(" -> ")
                        .append(Cells.orDash(a.after().values().get(f)));
            }
            if (a.before().status() != a.after().status()) {
                line.append("; ").append(a.before().status().wire()).append(" -> ").append(a.after().status().wire());
            }
            if (a.undoes() != null) {
                line.append("; undoes action ").append(a.undoes());
            }
            if (a.reason() != null) {
                line.append(": \"").append(a.reason()).append('"');
            }
            out.println(line);
        }
    }
}
