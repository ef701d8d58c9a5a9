-- The ledger. Portable SQL for SQLite and PostgreSQL; the one non-portable piece, the
-- generated primary key, comes in through the ${id_column} placeholder. Dates are ISO
-- text (YYYY-MM-DD), which sorts and compares the same way in both databases.

CREATE TABLE reports (
    id ${id_column},
    hash VARCHAR(64) NOT NULL UNIQUE,
    external_id TEXT NOT NULL,
    input TEXT,
    title TEXT,
    url TEXT,
    outlet TEXT,
    published VARCHAR(10),
    text TEXT NOT NULL,
    minhash TEXT NOT NULL,
    syndicated_with BIGINT REFERENCES reports (id),
    similarity DOUBLE PRECISION,
    claim_count INTEGER NOT NULL,
    warnings TEXT,
    ingested_at VARCHAR(40) NOT NULL
);

CREATE TABLE report_bands (
    band VARCHAR(64) NOT NULL,
    report_id BIGINT NOT NULL REFERENCES reports (id),
    PRIMARY KEY (band, report_id)
);

CREATE TABLE sources (
    id ${id_column},
    name TEXT NOT NULL UNIQUE,
    kind VARCHAR(20) NOT NULL,
    affiliation TEXT,
    aliases TEXT
);

CREATE TABLE estimates (
    id ${id_column},
    party TEXT,
    metric VARCHAR(12) NOT NULL,
    originator TEXT NOT NULL,
    originator_label TEXT NOT NULL,
    source_id BIGINT REFERENCES sources (id),
    affiliation TEXT,
    figure BIGINT NOT NULL,
    low BIGINT,
    high BIGINT,
    qualifier VARCHAR(10) NOT NULL,
    scope_kind VARCHAR(12) NOT NULL,
    scope_from VARCHAR(10),
    scope_to VARCHAR(10),
    first_claimed VARCHAR(10),
    last_claimed VARCHAR(10),
    citation_count INTEGER NOT NULL
);
-- Parties are looked up case-insensitively; both databases index the expression.
CREATE INDEX estimates_by_party_metric ON estimates (LOWER(party), metric);
CREATE INDEX estimates_by_key ON estimates (originator, metric, figure);

CREATE TABLE claims (
    id ${id_column},
    report_id BIGINT NOT NULL REFERENCES reports (id),
    ordinal INTEGER NOT NULL,
    metric VARCHAR(12) NOT NULL,
    party TEXT,
    role VARCHAR(10) NOT NULL,
    subject TEXT NOT NULL,
    low BIGINT,
    high BIGINT,
    qualifier VARCHAR(10) NOT NULL,
    scope_kind VARCHAR(12) NOT NULL,
    scope_from VARCHAR(10),
    scope_to VARCHAR(10),
    claimed_on VARCHAR(10),
    location TEXT,
    source_id BIGINT REFERENCES sources (id),
    source_name TEXT,
    source_kind VARCHAR(20) NOT NULL,
    source_affiliation TEXT,
    stance VARCHAR(10) NOT NULL,
    evidence_text TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    UNIQUE (report_id, ordinal)
);
CREATE INDEX claims_by_party_metric ON claims (LOWER(party), metric);
CREATE INDEX claims_by_source ON claims (source_id);
CREATE INDEX claims_by_claimed_on ON claims (claimed_on);

CREATE TABLE chains (
    claim_id BIGINT NOT NULL REFERENCES claims (id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (claim_id, position)
);

CREATE TABLE citations (
    estimate_id BIGINT NOT NULL REFERENCES estimates (id),
    claim_id BIGINT NOT NULL UNIQUE REFERENCES claims (id),
    report_id BIGINT NOT NULL REFERENCES reports (id),
    PRIMARY KEY (estimate_id, claim_id)
);
CREATE INDEX citations_by_report ON citations (report_id);
