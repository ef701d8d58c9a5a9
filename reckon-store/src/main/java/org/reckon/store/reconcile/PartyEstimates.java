package org.reckon.store.reconcile;

import java.util.List;

/** The answer to {@code reckon estimates --party P}: one entry per metric. */
public record PartyEstimates(String party, List<MetricEstimates> metrics) {
    public PartyEstimates {
        metrics = List.copyOf(metrics);
    }
}
