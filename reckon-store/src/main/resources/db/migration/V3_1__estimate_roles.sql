-- Issue 11: an estimate is per party, metric AND role. A civilian toll, a military toll and a
-- figure whose role is unknown are different quantities and never one estimate. Existing
-- estimates take the role of the claims that cite them (the lowest when they disagree).
ALTER TABLE estimates ADD COLUMN role VARCHAR(10) NOT NULL DEFAULT 'unknown';

UPDATE estimates SET role = COALESCE(
    (SELECT MIN(c.role) FROM citations ci JOIN claims c ON c.id = ci.claim_id WHERE ci.estimate_id = estimates.id),
    'unknown');
