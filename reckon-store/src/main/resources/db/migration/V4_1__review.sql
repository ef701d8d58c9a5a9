-- Issue 14: analysts review the ledger. The extractor's claim stays as it was stored in
-- `claims`; a reviewer's decision on it lives in `claim_reviews` (one row per reviewed claim,
-- its current state) and every action that led there in `review_actions`, a log that is only
-- ever appended to (V4_2 makes both databases refuse UPDATE and DELETE on it). The view
-- `ledger_claims` is the one read path: each claim with its reviewed values where a reviewer
-- confirmed, corrected or added it, the machine's otherwise (the chain through
-- org.reckon.store.query.LedgerClaims.CHAIN). Portable SQL, as V1.

-- 'machine' for the extractor's claims, 'reviewer' for claims a reviewer added or kept after
-- the extractor stopped finding them; re-extraction replaces only machine claims.
ALTER TABLE claims ADD COLUMN origin VARCHAR(10) NOT NULL DEFAULT 'machine';

CREATE TABLE users (
    id ${id_column},
    name TEXT NOT NULL UNIQUE,
    role VARCHAR(10) NOT NULL,
    token_salt TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    created_at VARCHAR(40) NOT NULL,
    revoked_at VARCHAR(40)
);

-- One reviewer action. before_state and after_state are the claim's reviewed state as JSON
-- (status and every field), so the trail shows each value before and after.
CREATE TABLE review_actions (
    id ${id_column},
    claim_id BIGINT NOT NULL REFERENCES claims (id),
    action VARCHAR(10) NOT NULL,
    reviewer TEXT NOT NULL,
    made_at VARCHAR(40) NOT NULL,
    before_state TEXT NOT NULL,
    after_state TEXT NOT NULL,
    reason TEXT,
    undoes BIGINT REFERENCES review_actions (id)
);
CREATE INDEX review_actions_by_claim ON review_actions (claim_id, id);

-- A claim's current reviewed state. pinned = 1 when the reviewed values below stand in for the
-- machine's (confirmed, corrected, added); 0 when the claim is rejected, withdrawn or back to
-- unreviewed, and the values are not read.
CREATE TABLE claim_reviews (
    claim_id BIGINT NOT NULL PRIMARY KEY REFERENCES claims (id),
    status VARCHAR(12) NOT NULL,
    pinned INTEGER NOT NULL,
    action_id BIGINT NOT NULL REFERENCES review_actions (id),
    reviewer TEXT NOT NULL,
    reviewed_at VARCHAR(40) NOT NULL,
    metric VARCHAR(12),
    party TEXT,
    role VARCHAR(10),
    subject TEXT,
    low BIGINT,
    high BIGINT,
    qualifier VARCHAR(10),
    scope_kind VARCHAR(12),
    scope_from VARCHAR(10),
    scope_to VARCHAR(10),
    claimed_on VARCHAR(10),
    location TEXT,
    source_id BIGINT REFERENCES sources (id),
    source_name TEXT,
    source_kind VARCHAR(20),
    source_affiliation TEXT,
    chain TEXT,
    stance VARCHAR(10)
);

CREATE VIEW ledger_claims AS
SELECT c.id, c.report_id, c.ordinal, c.origin,
       COALESCE(rv.status, 'unreviewed') AS review_status,
       CASE WHEN rv.status IN ('rejected', 'withdrawn') THEN 0 ELSE 1 END AS counted,
       rv.reviewer AS reviewer, rv.reviewed_at AS reviewed_at,
       CASE WHEN rv.pinned = 1 THEN rv.metric ELSE c.metric END AS metric,
       CASE WHEN rv.pinned = 1 THEN rv.party ELSE c.party END AS party,
       CASE WHEN rv.pinned = 1 THEN rv.role ELSE c.role END AS role,
       CASE WHEN rv.pinned = 1 THEN rv.subject ELSE c.subject END AS subject,
       CASE WHEN rv.pinned = 1 THEN rv.low ELSE c.low END AS low,
       CASE WHEN rv.pinned = 1 THEN rv.high ELSE c.high END AS high,
       CASE WHEN rv.pinned = 1 THEN rv.qualifier ELSE c.qualifier END AS qualifier,
       CASE WHEN rv.pinned = 1 THEN rv.scope_kind ELSE c.scope_kind END AS scope_kind,
       CASE WHEN rv.pinned = 1 THEN rv.scope_from ELSE c.scope_from END AS scope_from,
       CASE WHEN rv.pinned = 1 THEN rv.scope_to ELSE c.scope_to END AS scope_to,
       CASE WHEN rv.pinned = 1 THEN rv.claimed_on ELSE c.claimed_on END AS claimed_on,
       CASE WHEN rv.pinned = 1 THEN rv.location ELSE c.location END AS location,
       CASE WHEN rv.pinned = 1 THEN rv.source_id ELSE c.source_id END AS source_id,
       CASE WHEN rv.pinned = 1 THEN rv.source_name ELSE c.source_name END AS source_name,
       CASE WHEN rv.pinned = 1 THEN rv.source_kind ELSE c.source_kind END AS source_kind,
       CASE WHEN rv.pinned = 1 THEN rv.source_affiliation ELSE c.source_affiliation END AS source_affiliation,
       -- The chain as text is built by the queries (LedgerClaims.CHAIN): an ordered string_agg in a
       -- view would make the schema unreadable to sqlite3 shells older than 3.44.
       COALESCE(rv.pinned, 0) AS pinned, rv.chain AS reviewed_chain,
       CASE WHEN rv.pinned = 1 THEN rv.stance ELSE c.stance END AS stance,
       c.evidence_text, c.evidence_start, c.evidence_end, c.confidence
FROM claims c LEFT JOIN claim_reviews rv ON rv.claim_id = c.id;
