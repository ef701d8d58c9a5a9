package org.reckon.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.model.Claim;
import org.reckon.model.Evidence;
import org.reckon.model.Metric;
import org.reckon.model.Qualifier;
import org.reckon.model.Report;
import org.reckon.model.Role;
import org.reckon.model.Scope;
import org.reckon.model.ScopeKind;
import org.reckon.model.Source;
import org.reckon.model.SourceKind;
import org.reckon.model.Stance;
import org.reckon.store.ingest.ExtractedLoader;
import org.reckon.store.ingest.ReportWriter;
import org.reckon.store.ingest.StoreOutcome;
import org.reckon.store.query.EstimateQuery;
import org.reckon.store.query.ClaimFilter;
import org.reckon.store.query.ClaimQuery;
import org.reckon.store.query.ClaimRow;
import org.reckon.store.query.EstimateRow;
import org.reckon.store.query.SourceQuery;
import org.reckon.store.query.SourceRow;
import org.reckon.store.reconcile.Consensus;
import org.reckon.store.reconcile.MetricEstimates;
import org.reckon.store.reconcile.PartyEstimates;
import org.reckon.store.reconcile.Reconciliation;
import org.reckon.store.reconcile.SourceSeries;
import org.reckon.store.sources.SourceMerges;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.reckon.store.Claims.extraction;
import static org.reckon.store.Claims.story;

/**
 * Estimates an analyst can trust (issue 11), written once and run on every database the ledger
 * supports ({@link SqliteEstimatesTest}, {@link PostgresEstimatesTest}): roles kept apart,
 * breakdowns filed under their metric, a consensus that names its voices, its date and what it
 * left out, figures held back with a reason, and one name per body.
 */
abstract class EstimatesContract {
    @TempDir
    Path dir;

    LedgerLocation location;
    Ledger ledger;
    ReportWriter writer;

    abstract LedgerLocation freshLocation(Path dir) throws SQLException;

    @BeforeEach
    void open() throws SQLException {
        location = freshLocation(dir);
        ledger = Ledger.open(location);
        writer = new ReportWriter(ledger);
    }

    @AfterEach
    void close() throws SQLException {
        ledger.close();
        TestLedgers.drop(location);
    }

    // ---- the story: an agency's revised figures relayed by lawmakers, a raid's toll, a combined
    // figure with a killed breakdown, a syndicated copy, an undated report and a stale voice.

    private void loadStory() throws Exception {
        Path story = Path.of(EstimatesContract.class.getResource("/story/north-korea-kursk.extracted.jsonl").toURI());
        List<String> errors = new ArrayList<>();
        ExtractedLoader.Tally tally = new ExtractedLoader(ledger).load(story, errors::add);
        assertThat(errors).isEmpty();
        assertThat(tally.stored()).isEqualTo(8);
        assertThat(tally.syndicated()).as("the Evening Herald ran the Global Wire story").isEqualTo(1);
    }

    private PartyEstimates estimates(String party, Reconciliation.Options options) throws SQLException {
        return Reconciliation.summarise(party, new EstimateQuery(ledger).forParty(party, null), options);
    }

    private static MetricEstimates metric(PartyEstimates e, String metric, String role) {
        return e.metrics().stream().filter(m -> m.metric().equals(metric) && m.role().equals(role)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + metric + "/" + role + " in " + e.metrics()));
    }

    private static SourceSeries series(MetricEstimates m, String source) {
        return m.series().stream().filter(s -> s.source().equals(source)).findFirst()
                .orElseThrow(() -> new AssertionError("no series of " + source + " in " + m.series()));
    }

    @Test
    void theStoryGivesTheConsensusAnAnalystWouldWriteDown() throws Exception {
        loadStory();
        MetricEstimates killed = metric(estimates("North Korea", Reconciliation.Options.DEFAULT), "killed", "military");

        Consensus c = killed.consensus();
        assertThat(c.voices()).extracting(Consensus.Voice::source, Consensus.Voice::best, Consensus.Voice::claimedOn)
                .containsExactlyInAnyOrder(tuple("National Intelligence Service", 600L, "2025-02-27"),
                        tuple("Main Intelligence Directorate", 1000L, "2025-03-10"));
        assertThat(c.low()).isEqualTo(600);
        assertThat(c.best()).isEqualTo(800);
        assertThat(c.high()).isEqualTo(1000);
        assertThat(c.asOf()).isEqualTo("2025-03-10");
        assertThat(c.notCounted()).extracting(Consensus.Voice::source, Consensus.Voice::claimedOn)
                .containsExactlyInAnyOrder(tuple("Pentagon", "2024-12-01"), tuple("Rybar", null));
        assertThat(c.notCounted()).filteredOn(v -> v.source().equals("Pentagon")).singleElement()
                .satisfies(v -> assertThat(v.reason()).startsWith("stale: 99 days older than the newest figure (2025-03-10)"));
        assertThat(c.notCounted()).filteredOn(v -> v.source().equals("Rybar")).singleElement()
                .satisfies(v -> assertThat(v.reason()).startsWith("undated"));

        assertThat(series(killed, "National Intelligence Service").timeline()).extracting(EstimateRow::best)
                .as("the agency's revision supersedes its first figure").containsExactly(300L, 600L);
        assertThat(killed.separate()).singleElement().satisfies(raid -> {
            assertThat(raid.source()).isEqualTo("special operations forces (Ukraine)");
            assertThat(raid.best()).isEqualTo(27);
            assertThat(raid.reason()).as("the stale Pentagon and the undated Rybar are no yardstick").isEqualTo("held back:"
                    + " no span stated and below a tenth of the median of the other sources' latest running tolls, 800"
                    + " (most likely one incident)");
        });
    }

    @Test
    void theStorysBreakdownReachesKilledAndItsSyndicatedCopyIsOneCitationMore() throws Exception {
        loadStory();
        PartyEstimates e = estimates("North Korea", Reconciliation.Options.DEFAULT);

        EstimateRow casualties = metric(e, "casualties", "military").series().get(0).latest();
        assertThat(casualties.best()).isEqualTo(4000);
        assertThat(casualties.citations()).extracting(cit -> cit.outlet()).containsExactly("Global Wire", "Evening Herald");
        EstimateRow killed = series(metric(e, "killed", "military"), "Main Intelligence Directorate").latest();
        assertThat(killed.best()).isEqualTo(1000);
        assertThat(killed.qualifier()).isEqualTo("approx");
        assertThat(killed.lastClaimed()).isEqualTo("2025-03-10");
        assertThat(killed.citations()).hasSize(2);
    }

    @Test
    void theStorysRelayedRevisionIsOneVoiceAndAMergeMakesItOneSeries() throws Exception {
        loadStory();
        MetricEstimates wounded = metric(estimates("North Korea", Reconciliation.Options.DEFAULT), "wounded", "military");
        assertThat(wounded.series()).extracting(SourceSeries::source)
                .containsExactly("National Intelligence Service", "lawmakers (South Korea)");
        assertThat(wounded.consensus().voices()).extracting(Consensus.Voice::source, Consensus.Voice::best)
                .as("the agency and the lawmakers it briefed speak for one affiliation: one voice, its newest figure")
                .containsExactly(tuple("lawmakers (South Korea)", 3500L));

        new SourceMerges(ledger).merge("lawmakers (South Korea)", "National Intelligence Service");
        MetricEstimates merged = metric(estimates("North Korea", Reconciliation.Options.DEFAULT), "wounded", "military");
        assertThat(merged.series()).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo("National Intelligence Service");
            assertThat(s.timeline()).extracting(EstimateRow::best).containsExactly(2700L, 3500L);
        });

        new SourceMerges(ledger).unmerge("lawmakers (South Korea)");
        assertThat(metric(estimates("North Korea", Reconciliation.Options.DEFAULT), "wounded", "military").series())
                .hasSize(2);
        assertThat(new SourceMerges(ledger).log()).extracting(SourceMerges.Merge::action, SourceMerges.Merge::name,
                SourceMerges.Merge::into).containsExactly(tuple("merge", "lawmakers (South Korea)", "National Intelligence Service"),
                tuple("unmerge", "lawmakers (South Korea)", null));
    }

    @Test
    void theStoryAsItStoodBeforeTheLatestReports() throws Exception {
        loadStory();
        MetricEstimates killed = metric(estimates("North Korea", new Reconciliation.Options(LocalDate.parse("2025-02-28"), 90)),
                "killed", "military");

        assertThat(killed.consensus().asOf()).isEqualTo("2025-02-28");
        assertThat(killed.consensus().voices()).extracting(Consensus.Voice::source, Consensus.Voice::best)
                .as("88 days before the agency's revision, the Pentagon's figure still counts")
                .containsExactlyInAnyOrder(tuple("National Intelligence Service", 600L), tuple("Pentagon", 100L));
        assertThat(killed.consensus().low()).isEqualTo(100);
        assertThat(killed.consensus().best()).isEqualTo(350);
        assertThat(killed.consensus().high()).isEqualTo(600);
        assertThat(killed.series()).extracting(SourceSeries::source).doesNotContain("Main Intelligence Directorate");
    }

    @Test
    void aNameTheLexiconKnowsAsAnAliasIsShownAsItsBody() throws Exception {
        loadStory();
        MetricEstimates killed = metric(estimates("North Korea", Reconciliation.Options.DEFAULT), "killed", "military");
        assertThat(killed.series()).extracting(SourceSeries::source).contains("Pentagon").doesNotContain("Defense Department");
    }

    // ---- roles

    @Test
    void civilianMilitaryAndUnknownRoleTollsAreNeverPooled() throws SQLException {
        store("kyiv-a", "2025-02-16", claim(Metric.KILLED, "Ukraine", Role.MILITARY, 46000, ScopeKind.CUMULATIVE,
                "Volodymyr Zelenskyy", "Ukraine", "2025-02-16"));
        store("un-a", "2025-02-10", claim(Metric.KILLED, "Ukraine", Role.CIVILIAN, 12600, ScopeKind.CUMULATIVE,
                "OHCHR", "United Nations", "2025-02-10"));
        store("misc-a", "2025-02-12", claim(Metric.KILLED, "Ukraine", Role.UNKNOWN, 2, ScopeKind.UNKNOWN,
                "State Emergency Service of Ukraine", "Ukraine", "2025-02-12"));

        PartyEstimates e = estimates("Ukraine", Reconciliation.Options.DEFAULT);
        assertThat(e.metrics()).extracting(MetricEstimates::metric, MetricEstimates::role, m -> m.consensus().best())
                .containsExactly(tuple("killed", "military", 46000L), tuple("killed", "civilian", 12600L),
                        tuple("killed", "unknown", 2L));

        List<EstimateRow> civilian = new EstimateQuery(ledger).forParty("Ukraine", "killed", "civilian");
        assertThat(civilian).extracting(EstimateRow::source, EstimateRow::role).containsExactly(tuple("OHCHR", "civilian"));
    }

    @Test
    void theSameFigureFromOneSourceForTwoRolesIsTwoEstimates() throws SQLException {
        store("a", "2025-03-01",
                claim(Metric.KILLED, "Sudan", Role.CIVILIAN, 120, ScopeKind.CUMULATIVE, "Sudan Doctors Network", null, "2025-03-01"),
                claim(Metric.KILLED, "Sudan", Role.MILITARY, 120, ScopeKind.CUMULATIVE, "Sudan Doctors Network", null, "2025-03-01"));
        assertThat(ledger.count("estimates")).isEqualTo(2);
        assertThat(new EstimateQuery(ledger).forParty("Sudan", null)).extracting(EstimateRow::role)
                .containsExactlyInAnyOrder("civilian", "military");
    }

    @Test
    void aLedgerFromBeforeRolesTakesEachEstimatesRoleFromItsClaims() throws Exception {
        LedgerLocation old = freshLocation(dir);
        try {
            TestLedgers.migrateTo(old, "2");
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(old.url()); java.sql.Statement st = c.createStatement()) {
                st.execute("INSERT INTO reports (hash, external_id, text, minhash, claim_count, ingested_at)"
                        + " VALUES ('h1', 'r1', 'text', 'm', 2, '2025-01-01T00:00:00Z')");
                for (String[] row : new String[][] {{"1", "civilian"}, {"2", "military"}}) {
                    st.execute("INSERT INTO claims (report_id, ordinal, metric, role, subject, qualifier, scope_kind, source_kind, stance,"
                            + " evidence_text, evidence_start, evidence_end, confidence) VALUES (1, " + row[0] + ", 'killed', '" + row[1]
                            + "', 'people', 'exact', 'unknown', 'official', 'asserted', 'sentence', 0, 8, 0.9)");
                    st.execute("INSERT INTO estimates (party, metric, originator, originator_label, figure, low, high, qualifier,"
                            + " scope_kind, citation_count) VALUES ('Sudan', 'killed', 'x', 'X', " + row[0] + "0, " + row[0] + "0, "
                            + row[0] + "0, 'exact', 'unknown', 1)");
                    st.execute("INSERT INTO citations (estimate_id, claim_id, report_id) VALUES (" + row[0] + ", " + row[0] + ", 1)");
                }
                st.execute("INSERT INTO estimates (party, metric, originator, originator_label, figure, low, high, qualifier, scope_kind,"
                        + " citation_count) VALUES ('Sudan', 'killed', 'x', 'X', 30, 30, 30, 'exact', 'unknown', 0)");
            }
            try (Ledger migrated = Ledger.open(old)) {
                assertThat(new EstimateQuery(migrated).forParty("Sudan", null)).extracting(EstimateRow::best, EstimateRow::role)
                        .containsExactly(tuple(10L, "civilian"), tuple(20L, "military"), tuple(30L, "unknown"));
            }
        } finally {
            TestLedgers.drop(old);
        }
    }

    // ---- breakdowns

    @Test
    void aBreakdownTheExtractorFiledUnderTheTotalsMetricMovesToItsOwn() throws SQLException {
        String sentence = "Kyiv says the brigade has taken 1,900 casualties, including 410 killed, since the offensive began.";
        Claim total = claim(Metric.CASUALTIES, "Russia", Role.MILITARY, 1900, ScopeKind.CUMULATIVE, "General Staff of the Armed Forces of Ukraine",
                "Ukraine", "2025-04-02", sentence);
        Claim part = claim(Metric.CASUALTIES, "Russia", Role.MILITARY, 410, ScopeKind.CUMULATIVE, "General Staff of the Armed Forces of Ukraine",
                "Ukraine", "2025-04-02", sentence);
        store("gs-1", "2025-04-02", total, part);

        assertThat(new EstimateQuery(ledger).forParty("Russia", null))
                .extracting(EstimateRow::metric, EstimateRow::best)
                .containsExactlyInAnyOrder(tuple("casualties", 1900L), tuple("killed", 410L));
        assertThat(ledger.count("claims")).as("moved, not copied").isEqualTo(2);
    }

    @Test
    void aBreakdownTheLedgerAddedCountsAmongTheReportsClaims() throws SQLException {
        String sentence = "Kyiv says the brigade has taken 1,900 casualties, including 410 killed, since the offensive began.";
        Report r = Claims.report("gs-3", story("gs-3"), "Outlet gs-3", "2025-04-02");
        StoreOutcome stored = writer.store(r, extraction(r, claim(Metric.CASUALTIES, "Russia", Role.MILITARY, 1900,
                ScopeKind.CUMULATIVE, "General Staff of the Armed Forces of Ukraine", "Ukraine", "2025-04-02", sentence)), "gs-3");

        assertThat(stored.claims()).as("the ingest summary counts the added claim").isEqualTo(2);
        assertThat(TestLedgers.count(location, "SELECT claim_count FROM reports")).as("the report's claim count")
                .isEqualTo(2).isEqualTo(ledger.count("claims"));
        assertThat(new EstimateQuery(ledger).forParty("Russia", "killed")).singleElement()
                .satisfies(killed -> assertThat(killed.citations()).singleElement()
                        .satisfies(c -> assertThat(c.evidence()).isEqualTo(sentence)));
    }

    @Test
    void aFigureNotIncludedInTheTotalIsNoBreakdown() throws SQLException {
        String sentence = "The brigade has taken 1,900 casualties, and 410 more soldiers are missing.";
        store("gs-2", "2025-04-02", claim(Metric.CASUALTIES, "Russia", Role.MILITARY, 1900, ScopeKind.CUMULATIVE,
                "General Staff of the Armed Forces of Ukraine", "Ukraine", "2025-04-02", sentence));
        assertThat(new EstimateQuery(ledger).forParty("Russia", null)).extracting(EstimateRow::metric).containsExactly("casualties");
    }

    @Test
    void aKilledOrWoundedFigureIsFiledUnderCasualtiesNotBesideKilledFigures() throws SQLException {
        String combined = "Kyiv said 300 North Korean soldiers were killed or wounded in the fighting near Sudzha.";
        String apart = "Kyiv said 300 North Korean soldiers were killed and 2,700 wounded.";
        store("k-1", "2025-02-11", claim(Metric.KILLED, "North Korea", Role.MILITARY, 300, ScopeKind.UNKNOWN,
                "Volodymyr Zelenskyy", "Ukraine", "2025-02-11", combined));
        store("k-2", "2025-02-12", claim(Metric.KILLED, "North Korea", Role.MILITARY, 300, ScopeKind.UNKNOWN,
                "Volodymyr Zelenskyy", "Ukraine", "2025-02-12", apart));

        assertThat(new EstimateQuery(ledger).forParty("North Korea", null))
                .extracting(EstimateRow::metric, EstimateRow::firstClaimed)
                .containsExactlyInAnyOrder(tuple("casualties", "2025-02-11"), tuple("killed", "2025-02-12"));
    }

    // ---- the consensus says what it is

    @Test
    void anUndatedFigureNeverStandsOverADatedOneOfTheSameSource() throws SQLException {
        store("d-1", "2025-01-05", claim(Metric.KILLED, "Myanmar", Role.MILITARY, 500, ScopeKind.CUMULATIVE, "Tatmadaw", "Myanmar", "2025-01-05"));
        storeUndated("d-2", claim(Metric.KILLED, "Myanmar", Role.MILITARY, 900, ScopeKind.CUMULATIVE, "Tatmadaw", "Myanmar", null));

        SourceSeries s = metric(estimates("Myanmar", Reconciliation.Options.DEFAULT), "killed", "military").series().get(0);
        assertThat(s.latest().best()).isEqualTo(500);
        assertThat(s.timeline()).extracting(EstimateRow::lastClaimed).containsExactly(null, "2025-01-05");
    }

    @Test
    void staleAfterIsTheCallersRule() throws SQLException {
        store("s-1", "2025-01-01", claim(Metric.KILLED, "Haiti", Role.CIVILIAN, 300, ScopeKind.CUMULATIVE, "Haitian National Police", "Haiti", "2025-01-01"));
        store("s-2", "2025-05-01", claim(Metric.KILLED, "Haiti", Role.CIVILIAN, 900, ScopeKind.CUMULATIVE, "OHCHR", "United Nations", "2025-05-01"));

        Consensus byDefault = metric(estimates("Haiti", Reconciliation.Options.DEFAULT), "killed", "civilian").consensus();
        assertThat(byDefault.voiceNames()).containsExactly("OHCHR");
        assertThat(byDefault.staleAfterDays()).isEqualTo(90);
        Consensus lenient = metric(estimates("Haiti", new Reconciliation.Options(null, 120)), "killed", "civilian").consensus();
        assertThat(lenient.voiceNames()).containsExactlyInAnyOrder("OHCHR", "Haitian National Police");
        assertThat(lenient.low()).isEqualTo(300);
    }

    // ---- held back, with the rule and its threshold

    @Test
    void aFigureWithNoSpanFarBelowTheOtherVoicesIsHeldBackWithItsReason() throws SQLException {
        MetricEstimates below = twoTollsAndOneMore("Israel", 89);
        assertThat(below.separate()).extracting(EstimateRow::best).as("89 is below a tenth of the median 900").containsExactly(89L);
        assertThat(below.separate().get(0).reason())
                .isEqualTo("held back: no span stated and below a tenth of the median of the other sources' latest running"
                        + " tolls, 900 (most likely one incident)");
        assertThat(below.consensus().voiceNames()).doesNotContain("Hamas");
        assertThat(below.consensus().low()).isEqualTo(800);

        MetricEstimates atTheLine = twoTollsAndOneMore("Lebanon", 90);
        assertThat(atTheLine.separate()).as("90 is a tenth of 900, not below it").isEmpty();
        assertThat(atTheLine.consensus().voiceNames()).contains("Hamas");
        assertThat(atTheLine.consensus().low()).isEqualTo(90);
    }

    @Test
    void aStaleOrUndatedVoiceIsNoYardstickForHoldingAFigureBack() throws SQLException {
        store("y-1", "2025-01-02", claim(Metric.KILLED, "Chad", Role.MILITARY, 5000, ScopeKind.CUMULATIVE, "Boko Haram", "Boko Haram", "2025-01-02"));
        storeUndated("y-2", claim(Metric.KILLED, "Chad", Role.MILITARY, 9000, ScopeKind.CUMULATIVE, "Amaq", "Islamic State", null));
        store("y-3", "2025-06-01", claim(Metric.KILLED, "Chad", Role.MILITARY, 300, ScopeKind.CUMULATIVE, "Chadian army", "Chad", "2025-06-01"));
        store("y-4", "2025-06-02", claim(Metric.KILLED, "Chad", Role.MILITARY, 40, ScopeKind.UNKNOWN, "ACLED", null, "2025-06-02"));

        MetricEstimates killed = metric(estimates("Chad", Reconciliation.Options.DEFAULT), "killed", "military");
        assertThat(killed.consensus().notCounted()).extracting(Consensus.Voice::source)
                .containsExactlyInAnyOrder("Boko Haram", "Amaq");
        assertThat(killed.separate()).as("40 is above a tenth of the one counted toll, 300; the stale 5000 and undated 9000"
                + " would have held it back").isEmpty();
        assertThat(killed.consensus().voiceNames()).containsExactlyInAnyOrder("Chadian army", "ACLED");

        MetricEstimates lenient = metric(estimates("Chad", new Reconciliation.Options(null, 365)), "killed", "military");
        assertThat(lenient.separate()).as("with a year's grace the 5000 counts, and the median of 300 and 5000 is 2650")
                .extracting(EstimateRow::best, EstimateRow::reason).containsExactly(tuple(40L, "held back: no span stated and"
                        + " below a tenth of the median of the other sources' latest running tolls, 2650 (most likely one incident)"));
    }

    @Test
    void aFigureWithNoSpanFarBelowTheSameSourcesRunningTollIsHeldBack() throws SQLException {
        store("r-1", "2025-06-01", claim(Metric.KILLED, "Mali", Role.MILITARY, 2000, ScopeKind.CUMULATIVE, "JNIM", null, "2025-06-01"));
        store("r-2", "2025-06-05", claim(Metric.KILLED, "Mali", Role.MILITARY, 40, ScopeKind.UNKNOWN, "JNIM", null, "2025-06-05"));
        MetricEstimates killed = metric(estimates("Mali", Reconciliation.Options.DEFAULT), "killed", "military");
        assertThat(killed.separate()).extracting(EstimateRow::best).containsExactly(40L);
        assertThat(killed.separate().get(0).reason()).contains("this source's own running toll of 2000");
        assertThat(killed.series().get(0).latest().best()).as("the later, smaller figure does not supersede the toll").isEqualTo(2000);
    }

    private MetricEstimates twoTollsAndOneMore(String party, long more) throws SQLException {
        String p = party.toLowerCase();
        store(p + "-1", "2025-06-01", claim(Metric.KILLED, party, Role.MILITARY, 800, ScopeKind.CUMULATIVE, "Israel Defense Forces", "Israel", "2025-06-01"));
        store(p + "-2", "2025-06-02", claim(Metric.KILLED, party, Role.MILITARY, 1000, ScopeKind.CUMULATIVE, "Times Tally", null, "2025-06-02"));
        store(p + "-3", "2025-06-03", claim(Metric.KILLED, party, Role.MILITARY, more, ScopeKind.UNKNOWN, "Hamas", "Hamas", "2025-06-03"));
        return metric(estimates(party, Reconciliation.Options.DEFAULT), "killed", "military");
    }

    @Test
    void incidentAndPeriodFiguresAreApartWithTheirReason() throws SQLException {
        store("i-1", "2025-06-01", claim(Metric.KILLED, "Yemen", Role.CIVILIAN, 12, ScopeKind.INCIDENT, "Houthi health ministry", "Houthis", "2025-06-01"));
        store("i-2", "2025-06-01", claim(Metric.KILLED, "Yemen", Role.CIVILIAN, 70, ScopeKind.PERIOD, "ACLED", null, "2025-06-01"));
        MetricEstimates killed = metric(estimates("Yemen", Reconciliation.Options.DEFAULT), "killed", "civilian");
        assertThat(killed.separate()).extracting(EstimateRow::best, EstimateRow::reason).containsExactly(
                tuple(12L, "incident: one attack or event, not a running toll"),
                tuple(70L, "period: one span of time, not a running toll"));
        assertThat(killed.consensus().best()).isNull();
    }

    // ---- one name per body

    @Test
    void aBareDescriptionIsShownWithItsOwnerAndTwoOwnersAreTwoSeries() throws SQLException {
        store("o-1", "2025-02-01", claim(Metric.KILLED, "Russia", Role.MILITARY, 1500, ScopeKind.CUMULATIVE, "officials", "Ukraine", "2025-02-01"));
        store("o-2", "2025-02-01", claim(Metric.KILLED, "Russia", Role.MILITARY, 300, ScopeKind.CUMULATIVE, "officials", "Russia", "2025-02-01"));
        store("o-3", "2025-02-01", claim(Metric.KILLED, "Russia", Role.MILITARY, 700, ScopeKind.CUMULATIVE, "forces", null, "2025-02-01"));

        MetricEstimates killed = metric(estimates("Russia", Reconciliation.Options.DEFAULT), "killed", "military");
        assertThat(killed.series()).extracting(SourceSeries::source)
                .containsExactlyInAnyOrder("officials (Ukraine)", "officials (Russia)", "forces (owner not given, report 3)");
        assertThat(new SourceQuery(ledger).all()).extracting(SourceRow::name)
                .as("the ledger files them so, not only shows them so")
                .containsExactlyInAnyOrder("officials (Ukraine)", "officials (Russia)", "forces (owner not given, report 3)");
    }

    @Test
    void aDescriptionWithItsOwnerInItsWordsIsTheSameVoiceAsOneOwnedByTheReport() throws SQLException {
        store("i-1", "2025-02-01", claim(Metric.KILLED, "Hamas", Role.MILITARY, 900, ScopeKind.CUMULATIVE, "Israeli officials", "Israel", "2025-02-01"));
        store("i-2", "2025-02-20", claim(Metric.KILLED, "Hamas", Role.MILITARY, 1100, ScopeKind.CUMULATIVE, "officials", "Israel", "2025-02-20"));
        store("i-3", "2025-02-21", claim(Metric.KILLED, "Hamas", Role.MILITARY, 1150, ScopeKind.CUMULATIVE, "Senior Israeli security officials", "Israel", "2025-02-21"));

        MetricEstimates killed = metric(estimates("Hamas", Reconciliation.Options.DEFAULT), "killed", "military");
        assertThat(killed.series()).extracting(SourceSeries::source)
                .containsExactlyInAnyOrder("officials (Israel)", "senior security officials (Israel)");
        assertThat(killed.consensus().voices()).extracting(Consensus.Voice::source, Consensus.Voice::best)
                .as("two descriptions of one government's people are one voice, as any two sources of one affiliation are")
                .containsExactly(tuple("senior security officials (Israel)", 1150L));
    }

    @Test
    void aDescriptionWithNoOwnerIsKeptToItsReportAndItsSyndicatedCopies() throws SQLException {
        Report first = Claims.report("n-1", story("n-1"), "Wire", "2025-02-01");
        writer.store(first, extraction(first, claim(Metric.KILLED, "Sudan", Role.CIVILIAN, 40, ScopeKind.CUMULATIVE, "local officials", null, "2025-02-01")), "n-1");
        Report copy = Claims.report("n-1-copy", story("n-1") + " Updated.", "Paper", "2025-02-01");
        StoreOutcome copied = writer.store(copy, extraction(copy, claim(Metric.KILLED, "Sudan", Role.CIVILIAN, 40, ScopeKind.CUMULATIVE, "local officials", null, "2025-02-01")), "n-1-copy");
        store("n-2", "2025-02-03", claim(Metric.KILLED, "Sudan", Role.CIVILIAN, 55, ScopeKind.CUMULATIVE, "local officials", null, "2025-02-03"));

        assertThat(copied.syndicatedWith()).isNotNull();
        MetricEstimates killed = metric(estimates("Sudan", Reconciliation.Options.DEFAULT), "killed", "civilian");
        assertThat(killed.series()).extracting(SourceSeries::source)
                .as("strangers' 'local officials' are two voices; a syndicated copy is no third")
                .containsExactlyInAnyOrder("local officials (owner not given, report 1)", "local officials (owner not given, report 3)");
    }

    @Test
    void theClaimsListShowsTheNameTheLedgerFilesASourceUnder() throws SQLException {
        store("l-1", "2025-02-01", claim(Metric.KILLED, "Russia", Role.MILITARY, 1500, ScopeKind.CUMULATIVE, "the army", "Ukraine", "2025-02-01"),
                claim(Metric.KILLED, "Russia", Role.MILITARY, 1600, ScopeKind.CUMULATIVE, "National Guard of Ukraine", "Ukraine", "2025-02-01"));
        assertThat(new ClaimQuery(ledger).find(ClaimFilter.ALL, 0)).extracting(ClaimRow::source)
                .containsExactly("army (Ukraine)", "National Guard of Ukraine");
        assertThat(new ClaimQuery(ledger).find(new ClaimFilter(null, null, "army (ukr", null, null, List.of()), 0)).hasSize(1);
    }

    @Test
    void aLedgerFromBeforeOwnersFilesItsDescriptionsUnderTheirOwners() throws Exception {
        LedgerLocation old = freshLocation(dir);
        try {
            TestLedgers.migrateTo(old, "6.1");
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(old.url()); java.sql.Statement st = c.createStatement()) {
                st.execute("INSERT INTO sources (name, kind) VALUES ('officials', 'official'), ('Mediazona', 'media')");
                String[][] rows = {{"1", "Ukraine", "1500", "1"}, {"2", "Russia", "300", "1"}, {"3", "", "700", "1"}, {"4", "", "800", "2"}};
                for (String[] row : rows) {
                    st.execute("INSERT INTO reports (hash, external_id, text, minhash, claim_count, ingested_at) VALUES ('h" + row[0]
                            + "', 'r" + row[0] + "', 'text', 'm', 1, '2025-01-01T00:00:00Z')");
                    String affiliation = row[1].isEmpty() ? "NULL" : "'" + row[1] + "'";
                    st.execute("INSERT INTO claims (report_id, ordinal, metric, party, role, subject, low, high, qualifier, scope_kind,"
                            + " claimed_on, source_id, source_name, source_kind, source_affiliation, stance, evidence_text, evidence_start, evidence_end,"
                            + " confidence) VALUES (" + row[0] + ", 0, 'killed', 'Russia', 'military', 'soldiers', " + row[2] + ", " + row[2]
                            + ", 'exact', 'cumulative', '2025-02-01', " + row[3] + ", " + (row[3].equals("1") ? "'officials'" : "'Mediazona'")
                            + ", 'official', " + affiliation + ", 'asserted', 'sentence', 0, 8, 0.9)");
                    st.execute("INSERT INTO estimates (party, metric, role, originator, originator_label, source_id, figure, low, high,"
                            + " qualifier, scope_kind, first_claimed, last_claimed, citation_count) VALUES ('Russia', 'killed', 'military', "
                            + (row[3].equals("1") ? "'officials', 'officials', 1" : "'mediazona', 'Mediazona', 2") + ", " + row[2] + ", "
                            + row[2] + ", " + row[2] + ", 'exact', 'cumulative', '2025-02-01', '2025-02-01', 1)");
                    st.execute("INSERT INTO citations (estimate_id, claim_id, report_id) VALUES (" + row[0] + ", " + row[0] + ", " + row[0] + ")");
                }
            }
            try (Ledger migrated = Ledger.open(old)) {
                assertThat(new SourceQuery(migrated).all()).extracting(SourceRow::name, SourceRow::claims)
                        .containsExactlyInAnyOrder(tuple("officials (Ukraine)", 1L), tuple("officials (Russia)", 1L),
                                tuple("officials (owner not given, report 3)", 1L), tuple("Mediazona", 1L));
                assertThat(new EstimateQuery(migrated).forParty("Russia", null)).extracting(EstimateRow::source, EstimateRow::best)
                        .containsExactlyInAnyOrder(tuple("officials (Ukraine)", 1500L), tuple("officials (Russia)", 300L),
                                tuple("officials (owner not given, report 3)", 700L), tuple("Mediazona", 800L));
                new ReportWriter(migrated).store(Claims.report("new", story("new"), "Wire", "2025-03-01"),
                        extraction(Claims.report("new", story("new"), "Wire", "2025-03-01"),
                                claim(Metric.KILLED, "Russia", Role.MILITARY, 1500, ScopeKind.CUMULATIVE, "officials", "Ukraine", "2025-02-03")), "new");
                assertThat(new EstimateQuery(migrated).forParty("Russia", null)).filteredOn(e -> e.best() == 1500L)
                        .as("a later report's figure cites the migrated estimate").singleElement()
                        .satisfies(e -> assertThat(e.citations()).hasSize(2));
            }
        } finally {
            TestLedgers.drop(old);
        }
    }

    @Test
    void mergingNeedsTwoDifferentSourcesOfTheLedger() throws SQLException {
        store("m-1", "2025-02-01", claim(Metric.KILLED, "Russia", Role.MILITARY, 1500, ScopeKind.CUMULATIVE, "Mediazona", null, "2025-02-01"));
        SourceMerges merges = new SourceMerges(ledger);
        assertThatThrownBy(() -> merges.merge("Mediazona", "mediazona")).hasMessageContaining("into itself");
        assertThatThrownBy(() -> merges.merge("Mediazona", "BBC Russian")).hasMessageContaining("no source named 'BBC Russian'");
        assertThatThrownBy(() -> merges.unmerge("Mediazona")).hasMessageContaining("is not merged");
        assertThat(merges.log()).isEmpty();
    }

    // ---- helpers

    private void store(String id, String published, Claim... claims) throws SQLException {
        Report r = Claims.report(id, story(id), "Outlet " + id, published);
        writer.store(r, extraction(r, claims), id);
    }

    private void storeUndated(String id, Claim... claims) throws SQLException {
        Report r = new Report(id, story(id), null, null, null, "Outlet " + id);
        writer.store(r, extraction(r, claims), id);
    }

    private static Claim claim(Metric metric, String party, Role role, long n, ScopeKind scope, String source, String affiliation,
                               String claimedOn) {
        return claim(metric, party, role, n, scope, source, affiliation, claimedOn,
                n + " " + party + " " + role.wire() + " " + metric.wire() + ", " + source + " said.");
    }

    private static Claim claim(Metric metric, String party, Role role, long n, ScopeKind scope, String source, String affiliation,
                               String claimedOn, String sentence) {
        return new Claim(metric, party, role, party + " people", n, n, Qualifier.EXACT, new Scope(scope, null, null),
                claimedOn == null ? null : LocalDate.parse(claimedOn), null, Source.of(source, SourceKind.OFFICIAL, affiliation),
                Stance.ASSERTED, new Evidence(sentence, 0, sentence.length()), 0.9);
    }
}
