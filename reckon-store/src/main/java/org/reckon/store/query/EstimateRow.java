package org.reckon.store.query;

import java.util.List;

/**
 * One estimate as stored: a figure one source gave about one party, metric and role of the
 * people counted, with every citation of it. {@code reason} says why the estimate stands apart
 * from the running tolls (an incident, a period, a held-back figure); null for a running toll.
 */
public record EstimateRow(long id, String party, String metric, String role, String source, String sourceKind,
                          String affiliation, boolean attributed, Long low, Long best, Long high, String qualifier,
                          String scope, String scopeFrom, String scopeTo, String firstClaimed, String lastClaimed,
                          List<Citation> citations, String reason) {
    public EstimateRow {
        citations = List.copyOf(citations);
    }

    /** A running toll, or an estimate not yet reconciled: no reason to stand apart. */
    public EstimateRow(long id, String party, String metric, String role, String source, String sourceKind, String affiliation,
                       boolean attributed, Long low, Long best, Long high, String qualifier, String scope, String scopeFrom,
                       String scopeTo, String firstClaimed, String lastClaimed, List<Citation> citations) {
        this(id, party, metric, role, source, sourceKind, affiliation, attributed, low, best, high, qualifier, scope, scopeFrom,
                scopeTo, firstClaimed, lastClaimed, citations, null);
    }

    public EstimateRow withCitations(List<Citation> c) {
        return new EstimateRow(id, party, metric, role, source, sourceKind, affiliation, attributed, low, best, high, qualifier,
                scope, scopeFrom, scopeTo, firstClaimed, lastClaimed, c, reason);
    }

    /** The same estimate with the citations claimed up to a day and the dates they span. */
    public EstimateRow withCitations(List<Citation> c, String first, String last) {
        return new EstimateRow(id, party, metric, role, source, sourceKind, affiliation, attributed, low, best, high, qualifier,
                scope, scopeFrom, scopeTo, first, last, c, reason);
    }

    /** The same estimate credited to another name of its source (a merge, or a description given its owner). */
    public EstimateRow withSource(String name, String kind, String affiliationOfSource) {
        return new EstimateRow(id, party, metric, role, name, kind, affiliationOfSource, attributed, low, best, high, qualifier,
                scope, scopeFrom, scopeTo, firstClaimed, lastClaimed, citations, reason);
    }

    /** The same estimate, kept apart from the running tolls for the reason given. */
    public EstimateRow apart(String why) {
        return new EstimateRow(id, party, metric, role, source, sourceKind, affiliation, attributed, low, best, high, qualifier,
                scope, scopeFrom, scopeTo, firstClaimed, lastClaimed, citations, why);
    }
}
