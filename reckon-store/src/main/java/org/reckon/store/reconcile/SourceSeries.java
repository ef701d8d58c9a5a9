package org.reckon.store.reconcile;

import org.reckon.store.query.EstimateRow;

import java.util.List;

/** One source's running figures for a party and metric, oldest first, and the one now standing. */
public record SourceSeries(String source, String kind, String affiliation, boolean attributed,
                           List<EstimateRow> timeline, EstimateRow latest) {
    public SourceSeries {
        timeline = List.copyOf(timeline);
    }
}
