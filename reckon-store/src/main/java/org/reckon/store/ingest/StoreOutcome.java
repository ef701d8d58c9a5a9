package org.reckon.store.ingest;

/**
 * What storing one report did: its id in the ledger (null for a duplicate), the claims it added,
 * and the report it was found to be a syndicated copy of (null when it is an original).
 */
public record StoreOutcome(Long reportId, int claims, Long syndicatedWith) {
    public static final StoreOutcome DUPLICATE = new StoreOutcome(null, 0, null);

    public boolean duplicate() { return reportId == null; }
}
