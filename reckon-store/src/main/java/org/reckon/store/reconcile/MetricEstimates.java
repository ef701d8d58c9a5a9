package org.reckon.store.reconcile;

import org.reckon.store.query.EstimateRow;

import java.util.List;

/** Everything known about one party and metric: per-source series, the consensus, and incident or period figures kept apart. */
public record MetricEstimates(String metric, List<SourceSeries> series, Consensus consensus, List<EstimateRow> separate) {
    public MetricEstimates {
        series = List.copyOf(series);
        separate = List.copyOf(separate);
    }
}
