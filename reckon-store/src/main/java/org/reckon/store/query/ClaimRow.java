package org.reckon.store.query;

/** One stored claim with its report's publication details, as queries and exports see it. */
public record ClaimRow(long id, long reportId, String report, String title, String outlet, String url, String published,
                       String metric, String party, String role, String subject, Long low, Long best, Long high,
                       String qualifier, String scope, String scopeFrom, String scopeTo, String claimedOn,
                       String location, String source, String sourceKind, String affiliation, String chain,
                       String stance, String evidence, int evidenceStart, int evidenceEnd, double confidence,
                       Long estimateId) {}
