package org.reckon.store.reconcile;

import org.reckon.store.query.EstimateRow;

import java.util.List;

/**
 * Everything known about one party, metric and role of the people counted (military, civilian,
 * unknown): per-source series, the consensus, and the figures kept apart from the running tolls,
 * each with its {@link EstimateRow#reason reason}.
 */
public record MetricEstimates(String metric, String role, List<SourceSeries> series, Consensus consensus,
                              List<EstimateRow> separate) {
    public MetricEstimates {
        series = List.copyOf(series);
        separate = List.copyOf(separate);
    }
}
