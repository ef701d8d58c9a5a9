package org.reckon.store.query;

/** One report's statement of an estimate: the claim, where it was published and the sentence. */
public record Citation(long claimId, long reportId, String report, String outlet, String url, String published,
                       String claimedOn, String chain, String evidence, Long syndicatedWith) {}
