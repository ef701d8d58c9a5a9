package org.reckon.store.query;

/**
 * Reading the view {@code ledger_claims} (migration V4_1): each claim with its reviewed values.
 * The one column the view cannot hold is the chain as text, since an ordered {@code string_agg}
 * in a view's definition makes the schema unreadable to sqlite3 shells older than 3.44; queries
 * select {@link #CHAIN} instead, with the view aliased {@code c}.
 */
public final class LedgerClaims {
    /** The claim's chain, "originator -> relay -> ...": the reviewed one where values are pinned, else the machine's. */
    public static final String CHAIN = "(CASE WHEN c.pinned = 1 THEN c.reviewed_chain ELSE"
            + " (SELECT string_agg(ch.name, ' -> ' ORDER BY ch.position) FROM chains ch WHERE ch.claim_id = c.id) END)";

    private LedgerClaims() {}
}
