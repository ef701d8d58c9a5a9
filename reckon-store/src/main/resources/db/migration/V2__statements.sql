-- Attributed statements (an addition to the claims contract): sentences in which a named or
-- described source asserts something, figure or not. The source is stored as the extractor
-- resolved it, chain included as text ("originator -> relay"), so a statement reads back whole
-- without joins. Portable SQL, as V1.

CREATE TABLE statements (
    id ${id_column},
    report_id BIGINT NOT NULL REFERENCES reports (id),
    ordinal INTEGER NOT NULL,
    source_name TEXT NOT NULL,
    source_kind VARCHAR(20) NOT NULL,
    source_affiliation TEXT,
    chain TEXT NOT NULL,
    party TEXT,
    claimed_on VARCHAR(10),
    evidence_text TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    UNIQUE (report_id, ordinal)
);
CREATE INDEX statements_by_party ON statements (LOWER(party), claimed_on);
