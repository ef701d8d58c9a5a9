package org.reckon.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.reckon.store.Ledger;
import org.reckon.store.ingest.ExtractedReport;
import org.reckon.store.ingest.ReportHash;
import org.reckon.store.ingest.ReportWriter;
import org.reckon.store.query.EstimateQuery;
import org.reckon.store.reconcile.MetricEstimates;
import org.reckon.store.reconcile.Reconciliation;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reconciled tables of a ledger and of a job's output as comparable text, one line per row:
 * reports (id, own id, hash, published, original, claim count), estimates (every column, with
 * their citations) and the consensus per party and metric. A ledger's {@code report:N}
 * originators and report links are written with the report's own id, so that the two sides
 * agree only if they numbered and linked the same reports.
 */
final class LedgerTables {
    /** The job's ledger order, computed here from the inputs alone: published (undated first), id, content hash. */
    static final Comparator<ExtractedReport> LEDGER_ORDER = Comparator
            .comparing((ExtractedReport e) -> e.report().published(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(e -> e.report().id())
            .thenComparing(e -> ReportHash.of(e.report()));

    record Tables(List<String> reports, List<String> estimates, List<String> consensus) {}

    private LedgerTables() {}

    /** Stores the reports in ledger order, as {@code reckon ingest} would, with their given extractions. */
    static void store(Ledger ledger, List<ExtractedReport> reports) throws SQLException {
        List<ExtractedReport> ordered = new ArrayList<>(reports);
        ordered.sort(LEDGER_ORDER);
        ReportWriter writer = new ReportWriter(ledger);
        for (ExtractedReport e : ordered) {
            writer.store(e.report(), e.extraction(), e.input());
        }
    }

    static Tables of(Ledger ledger) throws SQLException {
        Map<Long, String> ids = new HashMap<>();
        List<String> reports = new ArrayList<>();
        List<Object[]> raw = rows(ledger, "SELECT id, external_id, hash, published, syndicated_with, similarity, claim_count"
                + " FROM reports ORDER BY id");
        for (Object[] r : raw) {
            ids.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        for (Object[] r : raw) {
            reports.add(line(r[0], r[1], r[2], r[3], r[4] == null ? null : ids.get(((Number) r[4]).longValue()),
                    r[5] == null ? null : ((Number) r[5]).doubleValue(), r[6]));
        }
        Map<Long, List<String>> citations = new TreeMap<>();
        for (Object[] c : rows(ledger, "SELECT ci.estimate_id, r.external_id, cl.ordinal FROM citations ci"
                + " JOIN claims cl ON cl.id = ci.claim_id JOIN reports r ON r.id = ci.report_id")) {
            citations.computeIfAbsent(((Number) c[0]).longValue(), k -> new ArrayList<>()).add(c[1] + "#" + c[2]);
        }
        List<String> estimates = new ArrayList<>();
        for (Object[] e : rows(ledger, "SELECT e.id, e.party, e.metric, e.originator, e.originator_label, s.name, s.kind,"
                + " e.affiliation, e.figure, e.low, e.high, e.qualifier, e.scope_kind, e.scope_from, e.scope_to,"
                + " e.first_claimed, e.last_claimed, e.citation_count, e.role FROM estimates e LEFT JOIN sources s ON s.id = e.source_id"
                + " ORDER BY e.id")) {
            long id = ((Number) e[0]).longValue();
            e[3] = originator((String) e[3], ids);
            estimates.add(line(e) + sorted(citations.getOrDefault(id, List.of())));
        }
        List<String> consensus = new ArrayList<>();
        for (Object[] p : rows(ledger, "SELECT DISTINCT LOWER(party) FROM estimates WHERE party IS NOT NULL")) {
            String party = (String) p[0];
            for (MetricEstimates m : Reconciliation.summarise(party, new EstimateQuery(ledger).forParty(party, null)).metrics()) {
                consensus.add(line(party, m.metric(), m.role(), m.consensus().low(), m.consensus().best(), m.consensus().high(),
                        m.consensus().voiceNames()));
            }
        }
        consensus.sort(null);
        return new Tables(reports, estimates, consensus);
    }

    static Tables of(SparkSession spark, Path out) {
        Map<Long, String> ids = new HashMap<>();
        List<String> reports = new ArrayList<>();
        for (Row r : spark.read().parquet(out + "/reports/parquet").orderBy("id").collectAsList()) {
            ids.put(r.getAs("id"), r.getAs("report_id"));
            reports.add(line(r.getAs("id"), r.getAs("report_id"), r.getAs("hash"), r.getAs("published"),
                    r.getAs("syndicated_with_report_id"), r.getAs("similarity"), r.getAs("claim_count")));
        }
        Map<Long, List<String>> citations = new TreeMap<>();
        for (Row c : spark.read().parquet(out + "/citations/parquet").collectAsList()) {
            citations.computeIfAbsent(c.getAs("estimate_id"), k -> new ArrayList<>())
                    .add(c.getAs("report_id") + "#" + c.getAs("claim_index"));
        }
        List<String> estimates = new ArrayList<>();
        for (Row e : spark.read().parquet(out + "/estimates/parquet").orderBy("id").collectAsList()) {
            long id = e.getAs("id");
            estimates.add(line(id, e.getAs("party"), e.getAs("metric"), originator(e.getAs("originator"), ids),
                    e.getAs("originator_label"), e.getAs("source_name"), e.getAs("source_kind"), e.getAs("affiliation"),
                    e.getAs("figure"), e.getAs("low"), e.getAs("high"), e.getAs("qualifier"), e.getAs("scope_kind"),
                    e.getAs("scope_from"), e.getAs("scope_to"), e.getAs("first_claimed"), e.getAs("last_claimed"),
                    e.getAs("citation_count"), e.getAs("role")) + sorted(citations.getOrDefault(id, List.of())));
        }
        List<String> consensus = new ArrayList<>();
        for (Row c : spark.read().parquet(out + "/consensus/parquet").collectAsList()) {
            consensus.add(line(c.<String>getAs("party").toLowerCase(Locale.ROOT), c.getAs("metric"), c.getAs("role"), c.getAs("low"),
                    c.getAs("best"), c.getAs("high"), c.getList(c.fieldIndex("voices"))));
        }
        consensus.sort(null);
        return new Tables(reports, estimates, consensus);
    }

    private static String originator(String originator, Map<Long, String> ids) {
        return originator.startsWith("report:") ? "report:" + ids.get(Long.parseLong(originator.substring(7))) : originator;
    }

    private static List<String> sorted(List<String> l) {
        List<String> out = new ArrayList<>(l);
        out.sort(null);
        return out;
    }

    private static List<Object[]> rows(Ledger ledger, String sql) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        try (PreparedStatement ps = ledger.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] r = new Object[n];
                for (int i = 0; i < n; i++) {
                    Object v = rs.getObject(i + 1);
                    r[i] = v instanceof Integer x ? Long.valueOf(x) : v;
                }
                out.add(r);
            }
        }
        ledger.connection().commit();
        return out;
    }

    private static String line(Object... parts) {
        StringBuilder b = new StringBuilder();
        for (Object p : parts) {
            b.append(p instanceof Integer i ? Long.valueOf(i) : p).append(" | ");
        }
        return b.toString();
    }
}
