package org.reckon.store.review;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.model.Metric;
import org.reckon.model.Report;
import org.reckon.store.Ledger;
import org.reckon.store.LedgerLocation;
import org.reckon.store.TestLedgers;
import org.reckon.store.export.ExportFormat;
import org.reckon.store.export.Exporter;
import org.reckon.store.ingest.ReportWriter;
import org.reckon.store.query.ClaimFilter;
import org.reckon.store.query.ClaimQuery;
import org.reckon.store.query.ClaimRow;
import org.reckon.store.query.EstimateQuery;
import org.reckon.store.query.SourceQuery;
import org.reckon.store.reconcile.MetricEstimates;
import org.reckon.store.reconcile.Reconciliation;

import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reckon.store.Claims.claim;
import static org.reckon.store.Claims.extraction;
import static org.reckon.store.Claims.report;
import static org.reckon.store.Claims.story;

/**
 * Reviewers' actions on the ledger (issue 14), written once and run on SQLite ({@link SqliteReviewTest})
 * and PostgreSQL ({@link PostgresReviewTest}): each action changes what every reader sees while the
 * machine's claim stays stored, every action is a record that is never edited or deleted, and two
 * reviewers at once lose nothing.
 */
abstract class ReviewContract {
    @TempDir
    Path dir;

    LedgerLocation location;
    Ledger ledger;
    Review review;
    long reportId;
    long nisKilled;
    long gurKilled;
    long junk;

    abstract LedgerLocation freshLocation(Path dir) throws SQLException;

    /**
     * One report with three claims about North Korea: the spy agency's 300 killed, Ukraine's
     * intelligence's 1,000 killed, and a figure the reviewer will find is no claim at all.
     */
    @BeforeEach
    void open() throws SQLException {
        location = freshLocation(dir);
        ledger = Ledger.open(location);
        review = new Review(ledger);
        Report r = report("seed", story("seed") + " Officials said 77 soldiers took part in the parade.", "Wire", "2025-03-10");
        new ReportWriter(ledger).store(r, extraction(r,
                claim(Metric.KILLED, "North Korea", 300, "National Intelligence Service", "South Korea", "2025-03-10"),
                claim(Metric.KILLED, "North Korea", 1000, "Main Intelligence Directorate", "Ukraine", "2025-03-10"),
                claim(Metric.KILLED, "North Korea", 77, "officials", null, "2025-03-10")), "seed");
        List<ClaimRow> rows = claims();
        reportId = rows.get(0).reportId();
        nisKilled = rows.get(0).id();
        gurKilled = rows.get(1).id();
        junk = rows.get(2).id();
    }

    @AfterEach
    void close() throws SQLException {
        ledger.close();
        TestLedgers.drop(location);
    }

    private List<ClaimRow> claims() throws SQLException {
        return new ClaimQuery(ledger).find(ClaimFilter.ALL, 0);
    }

    private ClaimRow row(long id) throws SQLException {
        return new ClaimQuery(ledger).byId(id).orElseThrow();
    }

    private MetricEstimates killed(String party) throws SQLException {
        return Reconciliation.summarise(party, new EstimateQuery(ledger).forParty(party, "killed")).metrics().stream()
                .filter(m -> m.metric().equals("killed")).findFirst().orElse(null);
    }

    private String machineValue(long claimId, String column) throws SQLException {
        try (var ps = ledger.connection().prepareStatement("SELECT " + column + " FROM claims WHERE id = ?")) {
            ps.setLong(1, claimId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                String v = rs.getString(1);
                ledger.connection().commit();
                return v;
            }
        }
    }

    @Test
    void aConfirmedClaimSaysSoAndKeepsItsValues() throws SQLException {
        ReviewAction a = review.confirm(nisKilled, Act.by("ana"));
        assertThat(a.action()).isEqualTo("confirm");
        assertThat(a.changed()).isEmpty();
        ClaimRow c = row(nisKilled);
        assertThat(c.review()).isEqualTo("confirmed");
        assertThat(c.reviewer()).isEqualTo("ana");
        assertThat(c.low()).isEqualTo(300);
        assertThat(killed("North Korea").series()).flatExtracting(s -> s.latest().citations())
                .filteredOn(ci -> ci.claimId() == nisKilled).singleElement().matches(ci -> ci.reviewed());
    }

    @Test
    void aCorrectedPartyMovesTheFigureToTheOtherPartyWhileTheMachinesValueStaysStored() throws SQLException {
        assertThat(killed("North Korea").consensus().voiceNames()).contains("Main Intelligence Directorate");
        ReviewAction a = review.correct(gurKilled, Map.of("party", "Russia"), Act.by("ana").because("the sentence is about Russian losses"));
        assertThat(a.changed()).containsExactly("party");
        assertThat(a.before().values().party()).isEqualTo("North Korea");
        assertThat(a.after().values().party()).isEqualTo("Russia");
        assertThat(row(gurKilled).party()).isEqualTo("Russia");
        assertThat(row(gurKilled).review()).isEqualTo("corrected");
        assertThat(machineValue(gurKilled, "party")).as("the extractor's value is kept").isEqualTo("North Korea");
        assertThat(killed("North Korea").series()).extracting(s -> s.source()).doesNotContain("Main Intelligence Directorate");
        assertThat(killed("Russia").consensus().best()).isEqualTo(1000);
        assertThat(new ClaimQuery(ledger).find(new ClaimFilter("Russia", null, null, null, null, List.of()), 0))
                .extracting(ClaimRow::id).containsExactly(gurKilled);
    }

    @Test
    void aCorrectionMayChangeSeveralFieldsAtOnceAndRefusesABadValueNamingTheField() throws SQLException {
        review.correct(nisKilled, Map.of("low", "600", "high", "600", "qualifier", "approx", "claimed_on", "2025-02-27",
                "chain", "National Intelligence Service -> Lee Seong-kweun"), Act.by("ana"));
        ClaimRow c = row(nisKilled);
        assertThat(c.low()).isEqualTo(600);
        assertThat(c.qualifier()).isEqualTo("approx");
        assertThat(c.claimedOn()).isEqualTo("2025-02-27");
        assertThat(c.chain()).isEqualTo("National Intelligence Service -> Lee Seong-kweun");
        assertThatThrownBy(() -> review.correct(nisKilled, Map.of("claimed_on", "last week"), Act.by("ana")))
                .isInstanceOf(ReviewProblem.class).hasMessageContaining("claimed_on").hasMessageContaining("last week");
        assertThatThrownBy(() -> review.correct(nisKilled, Map.of("colour", "red"), Act.by("ana")))
                .hasMessageContaining("unknown field 'colour'");
        assertThatThrownBy(() -> review.correct(nisKilled, Map.of("qualifier", "range", "high", "5"), Act.by("ana")))
                .hasMessageContaining("high");
        assertThat(review.history(nisKilled)).as("refused corrections leave no record").hasSize(1);
    }

    @Test
    void aRejectedClaimLeavesEveryListAndEstimateButKeepsItsHistory() throws SQLException {
        assertThatThrownBy(() -> review.reject(junk, Act.by("ana"))).hasMessageContaining("reason");
        long sourcesBefore = new SourceQuery(ledger).all().stream().filter(s -> s.name().equals("officials (owner not given, report 1)")).findFirst().orElseThrow().claims();
        review.reject(junk, Act.by("ana").because("a parade, not a casualty"));
        assertThat(claims()).extracting(ClaimRow::id).containsExactly(nisKilled, gurKilled);
        assertThat(killed("North Korea").series()).flatExtracting(s -> s.timeline()).flatExtracting(e -> e.citations())
                .extracting(ci -> ci.claimId()).doesNotContain(junk);
        assertThat(row(junk).review()).isEqualTo("rejected");
        assertThat(review.history(junk)).singleElement().matches(h -> h.reason().equals("a parade, not a casualty"));
        assertThat(sourcesBefore).isEqualTo(1);
        assertThat(new SourceQuery(ledger).all()).filteredOn(s -> s.name().equals("officials (owner not given, report 1)")).singleElement()
                .matches(s -> s.claims() == 0);
        assertThatThrownBy(() -> review.confirm(junk, Act.by("ben"))).hasMessageContaining("rejected");
    }

    @Test
    void anAddedClaimIsAnchoredToTheReportsTextAndCounts() throws SQLException {
        String text = new ClaimQuery(ledger).reportText(reportId);
        int start = text.indexOf("Officials said 77");
        int end = text.length();
        ReviewAction a = review.add(reportId, start, end, Map.of("metric", "deployed", "party", "North Korea", "low", "77",
                "source", "officials", "affiliation", "North Korea"), Act.by("ana").because("troops on parade were deployed"));
        ClaimRow added = row(a.claimId());
        assertThat(added.review()).isEqualTo("added");
        assertThat(added.origin()).isEqualTo("reviewer");
        assertThat(added.source()).as("a reviewer's description is filed with its owner, as ingest files it").isEqualTo("officials (North Korea)");
        assertThat(added.evidence()).isEqualTo(text.substring(start, end));
        assertThat(added.qualifier()).isEqualTo("exact");
        assertThat(added.claimedOn()).as("defaults to the publication day").isEqualTo("2025-03-10");
        assertThat(added.estimateId()).isNotNull();
        assertThatThrownBy(() -> review.add(reportId, start, text.length() + 5, Map.of("metric", "killed", "low", "1"), Act.by("ana")))
                .isInstanceOf(ReviewProblem.class).hasMessageContaining("not inside report " + reportId);
        assertThatThrownBy(() -> review.add(reportId + 99, 0, 5, Map.of("metric", "killed", "low", "1"), Act.by("ana")))
                .hasMessageContaining("no report with id " + (reportId + 99));
        assertThatThrownBy(() -> review.add(reportId, 0, 5, Map.of("low", "1"), Act.by("ana"))).hasMessageContaining("metric");
    }

    @Test
    void undoRevertsByAddingARecordAndOnlyTheLatestActionCanBeUndone() throws SQLException {
        ReviewAction corrected = review.correct(gurKilled, Map.of("party", "Russia"), Act.by("ana"));
        ReviewAction confirmed = review.confirm(gurKilled, Act.by("ben"));
        assertThatThrownBy(() -> review.undo(corrected.id(), Act.by("ana")))
                .isInstanceOf(ReviewProblem.class).hasMessageContaining("has changed since action " + corrected.id());
        review.undo(confirmed.id(), Act.by("ben"));
        ReviewAction undone = review.undo(corrected.id(), Act.by("ana").because("wrong sentence"));
        assertThat(undone.undoes()).isEqualTo(corrected.id());
        assertThat(row(gurKilled).party()).isEqualTo("North Korea");
        assertThat(row(gurKilled).review()).isEqualTo("unreviewed");
        assertThat(review.history(gurKilled)).extracting(ReviewAction::action).containsExactly("correct", "confirm", "undo", "undo");
        assertThat(killed("North Korea").consensus().voiceNames()).contains("Main Intelligence Directorate");
        assertThat(killed("Russia")).isNull();
        assertThatThrownBy(() -> review.undo(999_999, Act.by("ana"))).hasMessageContaining("no review action with id 999999");
    }

    @Test
    void undoingAnAddedClaimWithdrawsIt() throws SQLException {
        ReviewAction added = review.add(reportId, 0, 10, Map.of("metric", "killed", "party", "Chad", "low", "5"), Act.by("ana"));
        review.undo(added.id(), Act.by("ana"));
        assertThat(row(added.claimId()).review()).isEqualTo("withdrawn");
        assertThat(claims()).extracting(ClaimRow::id).doesNotContain(added.claimId());
        assertThat(killed("Chad")).isNull();
    }

    @Test
    void anActionOnAClaimSomeoneChangedSinceIsRefused() throws SQLException {
        ReviewAction first = review.correct(nisKilled, Map.of("low", "310"), Act.by("ana"));
        assertThatThrownBy(() -> review.correct(nisKilled, Map.of("low", "320"), Act.by("ben").expecting(0L)))
                .isInstanceOf(ReviewProblem.class).matches(e -> ((ReviewProblem) e).kind() == ReviewProblem.Kind.CONFLICT);
        review.correct(nisKilled, Map.of("low", "320"), Act.by("ben").expecting(first.id()));
        assertThat(row(nisKilled).low()).isEqualTo(320);
    }

    @Test
    void theAuditTrailCannotBeEditedOrDeletedEvenInSql() throws SQLException {
        review.confirm(nisKilled, Act.by("ana"));
        try (Connection c = DriverManager.getConnection(location.url()); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE review_actions SET reviewer = 'mallory'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM review_actions"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(review.history(nisKilled)).singleElement().matches(a -> a.reviewer().equals("ana"));
    }

    @Test
    void exportsCarryTheReviewedValuesAndSayWhoReviewedThem() throws SQLException, java.io.IOException {
        review.correct(nisKilled, Map.of("low", "350", "high", "350"), Act.by("ana"));
        review.reject(junk, Act.by("ana").because("no casualty"));
        StringWriter out = new StringWriter();
        long n = new Exporter(ledger).write(ExportFormat.JSONL, ClaimFilter.ALL, out);
        assertThat(n).isEqualTo(2);
        assertThat(out.toString()).contains("\"low\":350").contains("\"review\":\"corrected\"").contains("\"reviewer\":\"ana\"")
                .doesNotContain("\"low\":77");
    }

    private static org.reckon.model.Claim withSource(org.reckon.model.Claim c, String name) {
        return new org.reckon.model.Claim(c.metric(), c.party(), c.role(), c.subject(), c.low(), c.high(), c.qualifier(), c.scope(),
                c.claimedOn(), c.location(), org.reckon.model.Source.of(name, c.source().kind(), c.source().affiliation()),
                c.stance(), c.evidence(), c.confidence());
    }

    @Test
    void reextractionReplacesMachineClaimsAndKeepsEveryDecision() throws SQLException {
        review.confirm(nisKilled, Act.by("ana"));
        review.correct(gurKilled, Map.of("party", "Russia"), Act.by("ana"));
        review.reject(junk, Act.by("ben").because("a parade"));
        var nis = claim(Metric.KILLED, "North Korea", 300, "National Intelligence Service", "South Korea", "2025-03-10");
        var gur = claim(Metric.KILLED, "North Korea", 1000, "Main Intelligence Directorate", "Ukraine", "2025-03-10");
        var wounded = claim(Metric.WOUNDED, "North Korea", 2700, "National Intelligence Service", "South Korea", "2025-03-10");
        Reextraction again = new Reextraction(ledger);
        assertThat(again.reports(null, "Russia")).containsExactly(reportId);
        Report stored = again.report(reportId);
        var said = new org.reckon.model.Statement(org.reckon.model.Source.of("NIS", org.reckon.model.SourceKind.INTELLIGENCE, "South Korea"),
                "North Korea", java.time.LocalDate.parse("2025-03-10"), new org.reckon.model.Evidence("The NIS said so.", 0, 16));
        var withStatement = new org.reckon.model.Extraction(stored.id(), stored.published(), List.of(withSource(nis, "NIS"), gur, wounded),
                List.of(said), List.of());
        Reextraction.Tally t = again.apply(reportId, withStatement);
        assertThat(TestLedgers.count(location, "SELECT COUNT(*) FROM statements")).as("statements are re-extracted too").isEqualTo(1);
        assertThat(t).isEqualTo(new Reextraction.Tally(1, 1, 0, 1, 2, 1));
        assertThat(machineValue(nisKilled, "source_name")).as("the machine's claim is the new one").isEqualTo("NIS");
        assertThat(row(nisKilled).source()).as("the confirmed values stand").isEqualTo("National Intelligence Service");
        assertThat(row(gurKilled).party()).as("the correction stands").isEqualTo("Russia");
        assertThat(review.history(gurKilled)).extracting(ReviewAction::action).containsExactly("correct");
        assertThat(row(junk).review()).isEqualTo("rejected");
        assertThat(row(junk).origin()).as("kept, no longer the machine's").isEqualTo("reviewer");
        assertThat(claims()).extracting(ClaimRow::metric, ClaimRow::low)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 300L), org.assertj.core.groups.Tuple.tuple("killed", 1000L),
                        org.assertj.core.groups.Tuple.tuple("wounded", 2700L));
        assertThat(killed("Russia").consensus().best()).isEqualTo(1000);

        Reextraction.Tally fewer = again.apply(reportId, extraction(stored, gur));
        assertThat(fewer.removed()).as("the unreviewed wounded claim goes").isEqualTo(1);
        assertThat(fewer.orphaned()).as("the confirmed claim stays as a reviewer's").isEqualTo(1);
        assertThat(claims()).extracting(ClaimRow::id).containsExactly(nisKilled, gurKilled);
    }

    /**
     * Two reviewers, each on their own connection, act at the same moment: one corrects the
     * figure of a claim over and over, the other its date and location, and both confirm the
     * other claims. Every action is recorded, and the claim ends with both reviewers' last values.
     */
    @Test
    void twoReviewersWritingAtOnceLoseNothing() throws Exception {
        int rounds = 15;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Ledger second = Ledger.open(location)) {
            Review ana = review;
            Review ben = new Review(second);
            Callable<Void> anaWork = () -> {
                for (int i = 1; i <= rounds; i++) {
                    ana.correct(nisKilled, Map.of("low", String.valueOf(300 + i), "high", String.valueOf(300 + i)), Act.by("ana"));
                }
                ana.confirm(gurKilled, Act.by("ana"));
                return null;
            };
            Callable<Void> benWork = () -> {
                for (int i = 1; i <= rounds; i++) {
                    ben.correct(nisKilled, Map.of("claimed_on", "2025-03-" + String.format("%02d", i), "location", "Kursk " + i),
                            Act.by("ben"));
                }
                ben.reject(junk, Act.by("ben").because("a parade"));
                return null;
            };
            List<Future<Void>> done = new ArrayList<>(List.of(pool.submit(anaWork), pool.submit(benWork)));
            for (Future<Void> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<ReviewAction> trail = review.history(nisKilled);
        assertThat(trail).hasSize(2 * rounds);
        assertThat(trail).filteredOn(a -> a.reviewer().equals("ana")).hasSize(rounds);
        for (int i = 1; i < trail.size(); i++) {
            assertThat(trail.get(i).before()).as("each action starts from the one before it").isEqualTo(trail.get(i - 1).after());
        }
        ClaimRow c = row(nisKilled);
        assertThat(c.low()).isEqualTo(300 + rounds);
        assertThat(c.claimedOn()).isEqualTo("2025-03-" + rounds);
        assertThat(c.location()).isEqualTo("Kursk " + rounds);
        assertThat(row(gurKilled).review()).isEqualTo("confirmed");
        assertThat(row(junk).review()).isEqualTo("rejected");
        assertThat(killed("North Korea").series()).flatExtracting(s -> s.timeline()).extracting(e -> e.best())
                .contains(300L + rounds).doesNotContain(300L, 77L);
    }
}
