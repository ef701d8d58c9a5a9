package org.reckon.store.query;

import java.util.List;

/** One estimate as stored: a figure one source gave, with every citation of it. */
public record EstimateRow(long id, String party, String metric, String source, String sourceKind, String affiliation,
                          boolean attributed, Long low, Long best, Long high, String qualifier, String scope,
                          String scopeFrom, String scopeTo, String firstClaimed, String lastClaimed,
                          List<Citation> citations) {
    public EstimateRow {
        citations = List.copyOf(citations);
    }

    public EstimateRow withCitations(List<Citation> c) {
        return new EstimateRow(id, party, metric, source, sourceKind, affiliation, attributed, low, best, high, qualifier,
                scope, scopeFrom, scopeTo, firstClaimed, lastClaimed, c);
    }
}
