-- Issue 15: what changed. One row per new estimate as it is stored, in the transaction of its
-- report: the first running figure of a source for a party, metric and role ('new_voice'), a
-- running figure that supersedes the source's standing one ('revision', with the figure it
-- replaced), or any other new figure ('new_figure': an incident, a period, or an older
-- statement filed late). A figure cited again adds no row.
CREATE TABLE changes (
    id ${id_column},
    made_at VARCHAR(40) NOT NULL,
    kind VARCHAR(12) NOT NULL,
    party TEXT,
    metric VARCHAR(12) NOT NULL,
    role VARCHAR(10) NOT NULL,
    source TEXT NOT NULL,
    attributed SMALLINT NOT NULL,
    estimate_id BIGINT NOT NULL REFERENCES estimates (id),
    low BIGINT,
    high BIGINT,
    qualifier VARCHAR(10) NOT NULL,
    scope_kind VARCHAR(12) NOT NULL,
    claimed_on VARCHAR(10),
    previous_estimate_id BIGINT REFERENCES estimates (id),
    previous_low BIGINT,
    previous_high BIGINT,
    previous_qualifier VARCHAR(10),
    previous_claimed_on VARCHAR(10),
    report_id BIGINT NOT NULL REFERENCES reports (id),
    claim_id BIGINT NOT NULL REFERENCES claims (id)
);
CREATE INDEX changes_by_party ON changes (LOWER(party), id);
CREATE INDEX estimates_by_originator ON estimates (originator, metric, role);
