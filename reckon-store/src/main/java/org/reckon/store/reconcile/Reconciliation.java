package org.reckon.store.reconcile;

import org.reckon.store.query.EstimateRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a party's stored estimates into timelines, standing figures and a consensus. The rules
 * (also in the README, section "Ledger"):
 * <ul>
 *   <li>Only running figures (cumulative, or no span stated) enter a source's timeline;
 *       incident and period figures are listed apart and never supersede a running toll.</li>
 *   <li>Within one source, a later statement supersedes an earlier one; on the same day the
 *       larger figure stands, since running tolls are revised upward as counts come in.</li>
 *   <li>Independent voices: sources that speak for the same affiliation (a government and its
 *       ministries) are one voice, whose standing figure is its members' latest; a source with
 *       no affiliation is its own voice. Figures a report gives on its own authority are shown
 *       but never counted, because an unattributed figure usually repeats someone else's.</li>
 * </ul>
 */
public final class Reconciliation {
    private static final Comparator<EstimateRow> STATEMENT_ORDER = Comparator
            .comparing((EstimateRow e) -> e.lastClaimed() == null ? "" : e.lastClaimed())
            .thenComparing(e -> e.best() == null ? Long.MIN_VALUE : e.best())
            .thenComparingLong(EstimateRow::id);

    private Reconciliation() {}

    /** Metrics in the spec's order (killed, wounded, casualties, captured, missing, deployed), any other last. */
    private static int specOrder(String metric) {
        try {
            return org.reckon.model.Metric.fromWire(metric).ordinal();
        } catch (IllegalArgumentException e) {
            return Integer.MAX_VALUE;
        }
    }

    public static PartyEstimates summarise(String party, List<EstimateRow> rows) {
        Map<String, List<EstimateRow>> byMetric = new LinkedHashMap<>();
        for (EstimateRow r : rows) {
            byMetric.computeIfAbsent(r.metric(), k -> new ArrayList<>()).add(r);
        }
        List<MetricEstimates> metrics = new ArrayList<>();
        for (Map.Entry<String, List<EstimateRow>> e : byMetric.entrySet()) {
            metrics.add(forMetric(e.getKey(), e.getValue()));
        }
        metrics.sort(java.util.Comparator.comparingInt(m -> specOrder(m.metric())));
        String name = rows.isEmpty() ? party : rows.get(0).party();
        return new PartyEstimates(name, metrics);
    }

    static MetricEstimates forMetric(String metric, List<EstimateRow> rows) {
        Map<String, List<EstimateRow>> bySource = new LinkedHashMap<>();
        List<EstimateRow> separate = new ArrayList<>();
        for (EstimateRow r : rows) {
            if (ScopeClass.ofWire(r.scope()) == ScopeClass.RUNNING) {
                bySource.computeIfAbsent(r.source(), k -> new ArrayList<>()).add(r);
            } else {
                separate.add(r);
            }
        }
        List<SourceSeries> series = new ArrayList<>();
        for (List<EstimateRow> own : bySource.values()) {
            List<EstimateRow> timeline = new ArrayList<>(own);
            timeline.sort(STATEMENT_ORDER);
            EstimateRow latest = timeline.get(timeline.size() - 1);
            series.add(new SourceSeries(latest.source(), latest.sourceKind(), latest.affiliation(), latest.attributed(),
                    timeline, latest));
        }
        return new MetricEstimates(metric, series, consensus(series), separate);
    }

    static Consensus consensus(List<SourceSeries> series) {
        Map<String, EstimateRow> standing = new LinkedHashMap<>();
        Map<String, String> voiceName = new LinkedHashMap<>();
        for (SourceSeries s : series) {
            if (!s.attributed()) {
                continue;
            }
            String voice = s.affiliation() != null ? "affiliation:" + s.affiliation().toLowerCase(Locale.ROOT)
                    : "source:" + s.source().toLowerCase(Locale.ROOT);
            EstimateRow current = standing.get(voice);
            if (current == null || STATEMENT_ORDER.compare(s.latest(), current) > 0) {
                standing.put(voice, s.latest());
                voiceName.put(voice, s.source());
            }
        }
        if (standing.isEmpty()) {
            return Consensus.NONE;
        }
        List<Long> bests = new ArrayList<>();
        Long low = null;
        Long high = null;
        for (EstimateRow r : standing.values()) {
            long best = r.best();
            bests.add(best);
            long l = r.low() != null ? r.low() : best;
            long h = r.high() != null ? r.high() : best;
            low = low == null ? l : Math.min(low, l);
            high = high == null ? h : Math.max(high, h);
        }
        bests.sort(null);
        int n = bests.size();
        long median = n % 2 == 1 ? bests.get(n / 2) : (bests.get(n / 2 - 1) + bests.get(n / 2)) / 2;
        return new Consensus(low, median, high, new ArrayList<>(voiceName.values()));
    }
}
