package org.reckon.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.model.Claim;
import org.reckon.model.Evidence;
import org.reckon.model.Extraction;
import org.reckon.model.Metric;
import org.reckon.model.Qualifier;
import org.reckon.model.Report;
import org.reckon.model.Source;
import org.reckon.model.SourceKind;
import org.reckon.model.Statement;
import org.reckon.model.ScopeKind;
import org.reckon.model.Stance;
import org.reckon.store.export.ExportFormat;
import org.reckon.store.export.Exporter;
import org.reckon.store.ingest.ReportHash;
import org.reckon.store.ingest.ReportWriter;
import org.reckon.store.ingest.StoreOutcome;
import org.reckon.store.query.ClaimFilter;
import org.reckon.store.query.ClaimQuery;
import org.reckon.store.query.ClaimRow;
import org.reckon.store.query.EstimateQuery;
import org.reckon.store.query.SourceQuery;
import org.reckon.store.query.StatementQuery;
import org.reckon.store.query.StatementRow;
import org.reckon.store.reconcile.MetricEstimates;
import org.reckon.store.reconcile.PartyEstimates;
import org.reckon.store.reconcile.Reconciliation;

import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.reckon.store.Claims.claim;
import static org.reckon.store.Claims.extraction;
import static org.reckon.store.Claims.report;
import static org.reckon.store.Claims.story;

/**
 * The ledger's behaviour, written once and run against every database it supports
 * ({@link SqliteLedgerTest}, {@link PostgresLedgerTest}).
 */
abstract class LedgerContract {
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

    private StoreOutcome store(Report r, Claim... claims) throws SQLException {
        return writer.store(r, extraction(r, claims), r.id());
    }

    private PartyEstimates estimates(String party) throws SQLException {
        return Reconciliation.summarise(party, new EstimateQuery(ledger).forParty(party, null));
    }

    private static MetricEstimates metric(PartyEstimates e, String metric) {
        return e.metrics().stream().filter(m -> m.metric().equals(metric)).findFirst().orElseThrow();
    }

    @Test
    void storingTheSameReportTwiceAddsNothing() throws SQLException {
        Report r = report("a", story("a"), "Wire", "2025-01-13");
        Claim c = claim(Metric.KILLED, "Russia", 40, "General Staff", "Ukraine", "2025-01-13");
        assertThat(ledger.lastId("claims")).isZero();
        assertThat(store(r, c).duplicate()).isFalse();
        long last = ledger.lastId("claims");
        assertThat(last).isPositive();
        assertThat(writer.holds(ReportHash.of(r))).isTrue();
        assertThat(store(r, c).duplicate()).isTrue();
        assertThat(ledger.lastId("claims")).as("a duplicate adds no claim").isEqualTo(last);
        assertThat(ledger.count("reports")).isEqualTo(1);
        assertThat(ledger.count("claims")).isEqualTo(1);
        assertThat(ledger.count("citations")).isEqualTo(1);
    }

    @Test
    void reopeningAnExistingLedgerKeepsItsContents() throws SQLException {
        Report r = report("a", story("a"), "Wire", "2025-01-13");
        store(r, claim(Metric.KILLED, "Russia", 40, "General Staff", "Ukraine", "2025-01-13"));
        try (Ledger again = Ledger.open(location)) {
            assertThat(again.count("reports")).isEqualTo(1);
            assertThat(again.count("chains")).isEqualTo(1);
            assertThat(again.count("sources")).isEqualTo(1);
        }
    }

    @Test
    void oneSourceRepeatingAFigureWithinTheWindowIsOneEstimate() throws SQLException {
        store(report("a", story("a"), "Wire", "2025-01-13"), claim(Metric.KILLED, "North Korea", 300, "National Intelligence Service", "South Korea", "2025-01-13"));
        store(report("b", story("b"), "Paper", "2025-01-15"), claim(Metric.KILLED, "North Korea", 300, "National Intelligence Service", "South Korea", "2025-01-15"));
        store(report("c", story("c"), "Paper", "2025-02-20"), claim(Metric.KILLED, "North Korea", 300, "National Intelligence Service", "South Korea", "2025-02-20"));
        assertThat(ledger.count("estimates")).isEqualTo(2);
        var series = metric(estimates("North Korea"), "killed").series();
        assertThat(series).hasSize(1);
        assertThat(series.get(0).timeline()).extracting(e -> e.citations().size()).containsExactly(2, 1);
        assertThat(series.get(0).latest().lastClaimed()).isEqualTo("2025-02-20");
    }

    @Test
    void differentFiguresPartiesOrSourcesAreDifferentEstimates() throws SQLException {
        store(report("a", story("a"), "Wire", "2025-01-13"),
                claim(Metric.KILLED, "North Korea", 300, "National Intelligence Service", "South Korea", "2025-01-13"),
                claim(Metric.WOUNDED, "North Korea", 2700, "National Intelligence Service", "South Korea", "2025-01-13"),
                claim(Metric.KILLED, "North Korea", 3000, "Ukrainian military intelligence", "Ukraine", "2025-01-13"),
                claim(Metric.KILLED, "Russia", 300, "National Intelligence Service", "South Korea", "2025-01-13"));
        assertThat(ledger.count("estimates")).isEqualTo(4);
    }

    @Test
    void nearIdenticalCopiesFromTwoOutletsAreOneEstimateWithTwoCitations() throws SQLException {
        String text = story("wire story");
        Report first = report("outlet-a", text, "Outlet A", "2025-01-13");
        Report copy = report("outlet-b", text.replaceFirst("column", "columns") + " Copyright Outlet B.", "Outlet B", "2025-01-20");
        store(first, claim(Metric.KILLED, "Sudan", 12, null, null, "2025-01-13"),
                claim(Metric.KILLED, "Russia", 40, "General Staff", "Ukraine", "2025-01-13"));
        StoreOutcome second = store(copy, claim(Metric.KILLED, "Sudan", 12, null, null, "2025-01-20"),
                claim(Metric.KILLED, "Russia", 40, "General Staff", "Ukraine", "2025-01-20"));
        assertThat(second.syndicatedWith()).isEqualTo(firstId());
        assertThat(ledger.count("reports")).isEqualTo(2);
        assertThat(ledger.count("estimates")).isEqualTo(2);
        var sudan = metric(estimates("Sudan"), "killed").series();
        assertThat(sudan).hasSize(1);
        assertThat(sudan.get(0).latest().citations()).extracting(c -> c.outlet()).containsExactly("Outlet A", "Outlet B");
        var russia = metric(estimates("Russia"), "killed").series();
        assertThat(russia.get(0).timeline()).hasSize(1);
        assertThat(russia.get(0).latest().citations()).hasSize(2);
    }

    private Long firstId() throws SQLException {
        return new ClaimQuery(ledger).find(ClaimFilter.ALL, 1).get(0).reportId();
    }

    @Test
    void unrelatedReportsAreNotLinked() throws SQLException {
        StoreOutcome a = store(report("a", story("first story"), "A", "2025-01-13"));
        StoreOutcome b = store(report("b", story("second story"), "B", "2025-01-13"));
        assertThat(a.syndicatedWith()).isNull();
        assertThat(b.syndicatedWith()).isNull();
    }

    @Test
    void incidentFiguresAreKeptApartFromTheRunningToll() throws SQLException {
        store(report("a", story("a"), "Wire", "2025-03-01"),
                claim(Metric.KILLED, "Ukraine", 1000, Qualifier.EXACT, ScopeKind.CUMULATIVE, "UN monitors", "United Nations", "2025-03-01", Stance.ASSERTED),
                claim(Metric.KILLED, "Ukraine", 14, Qualifier.EXACT, ScopeKind.INCIDENT, "UN monitors", "United Nations", "2025-03-01", Stance.ASSERTED));
        MetricEstimates killed = metric(estimates("Ukraine"), "killed");
        assertThat(killed.series()).hasSize(1);
        assertThat(killed.series().get(0).latest().best()).isEqualTo(1000);
        assertThat(killed.separate()).extracting(e -> e.best()).containsExactly(14L);
        assertThat(killed.consensus().best()).isEqualTo(1000);
    }

    @Test
    void deniedProjectedAndVagueFiguresAreStoredButNotEstimates() throws SQLException {
        store(report("a", story("a"), "Wire", "2025-03-01"),
                claim(Metric.CAPTURED, "Russia", 5, Qualifier.EXACT, ScopeKind.UNKNOWN, "Kremlin", "Russia", "2025-03-01", Stance.DENIED),
                claim(Metric.KILLED, "Russia", 5000, Qualifier.EXACT, ScopeKind.UNKNOWN, "analysts", null, "2025-03-01", Stance.PROJECTED),
                claim(Metric.KILLED, "Russia", 0, Qualifier.VAGUE, ScopeKind.UNKNOWN, "monitors", null, "2025-03-01", Stance.ASSERTED));
        assertThat(ledger.count("claims")).isEqualTo(3);
        assertThat(ledger.count("estimates")).isZero();
    }

    @Test
    void consensusCountsOneVoicePerAffiliationAndLeavesOutUnattributedFigures() throws SQLException {
        store(report("a", story("a"), "Wire", "2025-03-01"),
                claim(Metric.KILLED, "Russia", 1000, "General Staff", "Ukraine", "2025-03-01"),
                claim(Metric.KILLED, "Russia", 1200, "Ministry of Defence of Ukraine", "Ukraine", "2025-03-05"),
                claim(Metric.KILLED, "Russia", 600, "Defence Intelligence", "United Kingdom", "2025-03-02"),
                claim(Metric.KILLED, "Russia", 400, "Mediazona", null, "2025-03-03"),
                claim(Metric.KILLED, "Russia", 99999, null, null, "2025-03-01"));
        MetricEstimates killed = metric(estimates("Russia"), "killed");
        assertThat(killed.series()).hasSize(5);
        assertThat(killed.consensus().voiceNames()).containsExactlyInAnyOrder("Ministry of Defence of Ukraine", "Defence Intelligence", "Mediazona");
        assertThat(killed.consensus().low()).isEqualTo(400);
        assertThat(killed.consensus().best()).isEqualTo(600);
        assertThat(killed.consensus().high()).isEqualTo(1200);
    }

    @Test
    void aLaterStatementSupersedesAnEarlierOneOfTheSameSource() throws SQLException {
        store(report("a", story("a"), "Wire", "2025-03-01"), claim(Metric.KILLED, "Palestine", 21, "Health Ministry", "Palestine", "2025-03-01"));
        store(report("b", story("b"), "Wire", "2025-03-09"), claim(Metric.KILLED, "Palestine", 34, "Health Ministry", "Palestine", "2025-03-09"));
        var series = metric(estimates("palestine"), "killed").series().get(0);
        assertThat(series.timeline()).extracting(e -> e.best()).containsExactly(21L, 34L);
        assertThat(series.latest().best()).isEqualTo(34);
    }

    @Test
    void claimsAreFoundByPartyMetricSourceDateAndWords() throws SQLException {
        store(report("a", story("a"), "Wire", "2025-03-01"),
                claim(Metric.KILLED, "Russia", 1000, "General Staff", "Ukraine", "2025-03-01"),
                claim(Metric.WOUNDED, "Ukraine", 50, "Ministry of Defence of Russia", "Russia", "2025-03-04"));
        ClaimQuery q = new ClaimQuery(ledger);
        assertThat(q.find(new ClaimFilter("russia", null, null, null, null, List.of()), 0)).hasSize(1);
        assertThat(q.find(new ClaimFilter(null, "wounded", null, null, null, List.of()), 0)).extracting(ClaimRow::party).containsExactly("Ukraine");
        assertThat(q.find(new ClaimFilter(null, null, "general staff", null, null, List.of()), 0)).hasSize(1);
        assertThat(q.find(new ClaimFilter(null, null, null, "2025-03-02", "2025-03-31", List.of()), 0)).hasSize(1);
        assertThat(q.find(new ClaimFilter(null, null, null, null, null, List.of("1000", "SOLDIERS")), 0)).hasSize(1);
        ClaimRow one = q.find(ClaimFilter.ALL, 1).get(0);
        assertThat(q.byId(one.id())).contains(one);
        assertThat(one.chain()).isEqualTo("General Staff");
        assertThat(one.estimateId()).isNotNull();
    }

    @Test
    void sourcesAreListedWithTheirKindAffiliationAndAliases() throws SQLException {
        store(report("a", story("a"), "Wire", "2025-03-01"),
                claim(Metric.KILLED, "Russia", 1000, "General Staff of the Armed Forces of Ukraine", "Ukraine", "2025-03-01"),
                claim(Metric.KILLED, "Russia", 1100, "General Staff of the Armed Forces of Ukraine", "Ukraine", "2025-03-09"));
        var sources = new SourceQuery(ledger).all();
        assertThat(sources).hasSize(1);
        assertThat(sources.get(0).claims()).isEqualTo(2);
        assertThat(sources.get(0).affiliation()).isEqualTo("Ukraine");
        assertThat(sources.get(0).aliases()).contains("Ukrainian General Staff");
    }

    @Test
    void exportWritesOneRowPerClaimWithUcdpColumnNames() throws Exception {
        store(report("a", story("a"), "Wire", "2025-03-01"),
                claim(Metric.KILLED, "Russia", 1000, Qualifier.RANGE, ScopeKind.CUMULATIVE, "General Staff", "Ukraine", "2025-03-01", Stance.ASSERTED),
                claim(Metric.WOUNDED, "Ukraine", 50, "Ministry, \"Defence\"", "Russia", "2025-03-04"));
        StringWriter csv = new StringWriter();
        assertThat(new Exporter(ledger).write(ExportFormat.CSV, ClaimFilter.ALL, csv)).isEqualTo(2);
        String[] lines = csv.toString().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("id,report_id,source_article,source_headline,source_office,source_date")
                .contains(",low,best,high,").contains("date_start,date_end").contains("source_original");
        assertThat(lines[2]).contains("\"Ministry, \"\"Defence\"\"\"");
        StringWriter jsonl = new StringWriter();
        new Exporter(ledger).write(ExportFormat.JSONL, ClaimFilter.ALL, jsonl);
        assertThat(jsonl.toString().split("\n")[0]).contains("\"best\":1000").contains("\"source_office\":\"Wire\"");
    }

    private static Statement statement(String source, String relay, String party, String claimedOn, String sentence) {
        Source s = Source.of(source, SourceKind.INTELLIGENCE, "South Korea");
        return new Statement(relay == null ? s : s.relayedBy(relay), party,
                claimedOn == null ? null : LocalDate.parse(claimedOn), new Evidence(sentence, 10, 10 + sentence.length()));
    }

    private StoreOutcome storeWithStatements(Report r, Claim claim, Statement... statements) throws SQLException {
        return writer.store(r, new Extraction(r.id(), r.published(), List.of(claim), List.of(statements), List.of()), r.id());
    }

    @Test
    void statementsAreStoredWithTheirReportSourceChainAndOffsets() throws SQLException {
        Report r = report("seed", story("seed"), "Yonhap", "2025-01-13");
        StoreOutcome outcome = storeWithStatements(r,
                claim(Metric.KILLED, "North Korea", 300, "National Intelligence Service", "South Korea", "2025-01-13"),
                statement("National Intelligence Service", "Lee Seong-kweun", "North Korea", "2025-01-13",
                        "The NIS said the high casualties were due to a lack of understanding of modern warfare."));
        assertThat(ledger.count("statements")).isEqualTo(1);
        List<StatementRow> rows = new StatementQuery(ledger).find("north korea", null, null, null, List.of(), 0);
        assertThat(rows).hasSize(1);
        assertThat(new StatementQuery(ledger).find(null, "LEE SEONG", null, null, List.of(), 0)).as("by a relay in the chain").hasSize(1);
        assertThat(new StatementQuery(ledger).find(null, "Pentagon", null, null, List.of(), 0)).isEmpty();
        StatementRow row = rows.get(0);
        assertThat(row.reportId()).isEqualTo(outcome.reportId());
        assertThat(row.report()).isEqualTo("seed");
        assertThat(row.outlet()).isEqualTo("Yonhap");
        assertThat(row.url()).isEqualTo("https://example.org/seed");
        assertThat(row.source()).isEqualTo("National Intelligence Service");
        assertThat(row.sourceKind()).isEqualTo(SourceKind.INTELLIGENCE.wire());
        assertThat(row.affiliation()).isEqualTo("South Korea");
        assertThat(row.chain()).isEqualTo("National Intelligence Service -> Lee Seong-kweun");
        assertThat(row.party()).isEqualTo("North Korea");
        assertThat(row.claimedOn()).isEqualTo("2025-01-13");
        assertThat(row.evidence()).startsWith("The NIS said");
        assertThat(row.evidenceStart()).isEqualTo(10);
        assertThat(row.evidenceEnd()).isEqualTo(10 + row.evidence().length());
    }

    @Test
    void aStatementByADescriptionIsListedUnderTheNameTheLedgerFilesItsSourceUnder() throws SQLException {
        Report r = report("sk", story("sk"), "Wire", "2025-01-13");
        storeWithStatements(r, claim(Metric.KILLED, "North Korea", 300, "lawmakers", "South Korea", "2025-01-13"),
                statement("lawmakers", null, "North Korea", "2025-01-13", "Lawmakers said the troops lacked drones."));
        assertThat(new StatementQuery(ledger).find("north korea", null, null, null, List.of(), 0))
                .extracting(StatementRow::source).containsExactly("lawmakers (South Korea)");
    }

    @Test
    void statementsOfADuplicateReportAreNotStoredTwice() throws SQLException {
        Report r = report("a", story("a"), "Wire", "2025-01-13");
        Claim c = claim(Metric.KILLED, "North Korea", 300, "National Intelligence Service", "South Korea", "2025-01-13");
        Statement s = statement("National Intelligence Service", null, "North Korea", "2025-01-13", "The NIS assessed it.");
        storeWithStatements(r, c, s);
        assertThat(storeWithStatements(r, c, s).duplicate()).isTrue();
        assertThat(ledger.count("statements")).isEqualTo(1);
    }

    @Test
    void statementsForAPartyAreListedNewestFirstAndFoundByWords() throws SQLException {
        Claim c = claim(Metric.KILLED, "North Korea", 300, "National Intelligence Service", "South Korea", "2025-01-13");
        storeWithStatements(report("a", story("a"), "Wire", "2025-01-13"), c,
                statement("National Intelligence Service", null, "North Korea", "2025-01-13",
                        "Soldiers were ordered to kill themselves rather than be captured, the NIS said."),
                statement("National Intelligence Service", null, "Russia", "2025-01-13", "Russia supplied drones, the NIS said."),
                statement("Volodymyr Zelenskyy", null, "North Korea", null, "Zelenskyy offered an exchange of prisoners."));
        storeWithStatements(report("b", story("b"), "Wire", "2025-02-01"), c,
                statement("National Intelligence Service", null, "North Korea", "2025-02-01",
                        "The captive wants to stay in Ukraine, the NIS said."));
        StatementQuery q = new StatementQuery(ledger);
        assertThat(q.find("North Korea", null, null, null, List.of(), 0)).extracting(StatementRow::claimedOn)
                .containsExactly("2025-02-01", "2025-01-13", null);
        assertThat(q.find("North Korea", null, null, null, List.of("KILL", "captured"), 0)).extracting(StatementRow::evidence)
                .containsExactly("Soldiers were ordered to kill themselves rather than be captured, the NIS said.");
        assertThat(q.find("North Korea", null, "2025-01-20", null, List.of(), 0)).hasSize(1);
        assertThat(q.find("North Korea", null, null, "2025-01-20", List.of(), 0)).hasSize(1);
        assertThat(q.find(null, null, null, null, List.of(), 2)).hasSize(2);
        assertThat(q.inReports(List.of(q.find("Russia", null, null, null, List.of(), 0).get(0).reportId())))
                .extracting(StatementRow::party, StatementRow::claimedOn).containsExactly(tuple("Russia", "2025-01-13"),
                        tuple("North Korea", "2025-01-13"), tuple("North Korea", null));
    }
}
