package org.reckon.store.changes;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.model.Claim;
import org.reckon.model.Metric;
import org.reckon.model.Qualifier;
import org.reckon.model.Report;
import org.reckon.model.ScopeKind;
import org.reckon.model.Stance;
import org.reckon.store.Claims;
import org.reckon.store.Ledger;
import org.reckon.store.LedgerLocation;
import org.reckon.store.TestLedgers;
import org.reckon.store.ingest.ReportWriter;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What changed (issue 15): each new estimate is stored as a change in its report's transaction,
 * saying whether it is a source's first figure, a revision of its standing figure or other news.
 * Run on SQLite and PostgreSQL.
 */
abstract class ChangesContract {
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

    @Test
    void aSourcesFirstFigureIsANewVoiceAndItsLaterOneARevisionOfIt() throws SQLException {
        store("nis-1", "2025-01-13", killed(300, ScopeKind.CUMULATIVE, "National Intelligence Service", "2025-01-13"));
        store("nis-2", "2025-02-27", killed(600, ScopeKind.CUMULATIVE, "National Intelligence Service", "2025-02-27"));

        List<Change> changes = all();
        assertThat(changes).extracting(Change::kind, Change::best, Change::claimedOn).containsExactly(
                tuple("revision", 600L, "2025-02-27"), tuple("new_voice", 300L, "2025-01-13"));
        Change.Previous replaced = changes.get(0).previous();
        assertThat(replaced.best()).isEqualTo(300);
        assertThat(replaced.claimedOn()).isEqualTo("2025-01-13");
        assertThat(replaced.estimateId()).isEqualTo(changes.get(1).estimateId());
        assertThat(changes.get(0).outlet()).isEqualTo("Outlet nis-2");
        assertThat(changes.get(0).evidence()).contains("600");
    }

    @Test
    void theSameFigureCitedAgainIsNoChange() throws SQLException {
        store("a", "2025-02-27", killed(600, ScopeKind.CUMULATIVE, "National Intelligence Service", "2025-02-27"));
        store("b", "2025-02-28", killed(600, ScopeKind.CUMULATIVE, "National Intelligence Service", "2025-02-28"));
        assertThat(all()).hasSize(1);
    }

    @Test
    void incidentsLateFiguresAndFiguresFarBelowTheStandingOneAreNewsButNoRevision() throws SQLException {
        store("t-1", "2025-03-01", killed(1000, ScopeKind.CUMULATIVE, "General Staff", "2025-03-01"));
        store("t-2", "2025-03-02", killed(27, ScopeKind.INCIDENT, "General Staff", "2025-03-02"));
        store("t-3", "2025-03-03", killed(800, ScopeKind.CUMULATIVE, "General Staff", "2025-02-01"));
        store("t-4", "2025-03-04", killed(40, ScopeKind.UNKNOWN, "General Staff", "2025-03-04"));
        store("t-5", "2025-03-05", killed(1200, ScopeKind.UNKNOWN, "General Staff", "2025-03-05"));

        assertThat(all()).extracting(Change::best, Change::kind).containsExactly(tuple(1200L, "revision"),
                tuple(40L, "new_figure"), tuple(800L, "new_figure"), tuple(27L, "new_figure"), tuple(1000L, "new_voice"));
        assertThat(all().get(0).previous().best()).as("the standing figure, not the incident or the late one").isEqualTo(1000);
    }

    @Test
    void changesAreReadByPartyAndAfterAnIdForPolling() throws SQLException {
        store("p-1", "2025-01-10", killed(300, ScopeKind.CUMULATIVE, "National Intelligence Service", "2025-01-10"));
        store("p-2", "2025-01-11", Claims.claim(Metric.WOUNDED, "Russia", 1500, Qualifier.EXACT, ScopeKind.CUMULATIVE,
                "General Staff", "Ukraine", "2025-01-11", Stance.ASSERTED));
        long first = all().get(1).id();

        ChangeQuery q = new ChangeQuery(ledger);
        assertThat(q.find(new ChangeQuery.Filter("north korea", null, null, 10))).extracting(Change::party)
                .containsExactly("North Korea");
        assertThat(q.find(new ChangeQuery.Filter(null, null, first, 10))).extracting(Change::party).containsExactly("Russia");
        assertThat(q.find(new ChangeQuery.Filter(null, "2999-01-01", null, 10))).isEmpty();
        assertThat(q.find(new ChangeQuery.Filter(null, null, null, 1))).hasSize(1);
    }

    private List<Change> all() throws SQLException {
        return new ChangeQuery(ledger).find(new ChangeQuery.Filter(null, null, null, 100));
    }

    private static Claim killed(long n, ScopeKind scope, String source, String claimedOn) {
        return Claims.claim(Metric.KILLED, "North Korea", n, Qualifier.EXACT, scope, source, "South Korea", claimedOn, Stance.ASSERTED);
    }

    private void store(String id, String published, Claim... claims) throws SQLException {
        Report r = Claims.report(id, Claims.story(id), "Outlet " + id, published);
        writer.store(r, Claims.extraction(r, claims), id);
    }
}
