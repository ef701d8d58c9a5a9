package org.reckon.store.query;

/**
 * One stored statement with the report it came from: who said it (the originator and the chain,
 * "originator -> relay"), about which side, when, and the sentence with its offsets in the report.
 */
public record StatementRow(long id, long reportId, String report, String title, String outlet, String url,
                           String published, String source, String sourceKind, String affiliation, String chain,
                           String party, String claimedOn, String evidence, int evidenceStart, int evidenceEnd) {}
