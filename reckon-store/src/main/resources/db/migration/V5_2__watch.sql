-- Issue 15: what `reckon watch` knows between polls and across restarts. watch_sources: each
-- line of a sources file (a feed or a page), its validators for conditional requests and its
-- health (consecutive failures set the back-off). watch_pages: each article page seen, from
-- when (pages are re-checked only while recent), its validators and the hash of its text; a page
-- whose text changed is a new report, listed in watch_versions, the first version first.
CREATE TABLE watch_sources (
    id ${id_column},
    url TEXT NOT NULL UNIQUE,
    outlet TEXT,
    kind VARCHAR(8),
    etag TEXT,
    last_modified TEXT,
    last_fetch VARCHAR(40),
    last_success VARCHAR(40),
    last_status INTEGER,
    failures INTEGER NOT NULL DEFAULT 0,
    error_count INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    next_fetch VARCHAR(40)
);
CREATE TABLE watch_pages (
    id ${id_column},
    url TEXT NOT NULL UNIQUE,
    source_id BIGINT REFERENCES watch_sources (id),
    first_seen VARCHAR(40) NOT NULL,
    entry_title TEXT,
    entry_published VARCHAR(10),
    etag TEXT,
    last_modified TEXT,
    last_fetch VARCHAR(40),
    text_hash VARCHAR(64),
    failures INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);
CREATE TABLE watch_versions (
    id ${id_column},
    page_id BIGINT NOT NULL REFERENCES watch_pages (id),
    version INTEGER NOT NULL,
    report_id BIGINT NOT NULL REFERENCES reports (id),
    fetched_at VARCHAR(40) NOT NULL,
    UNIQUE (page_id, version)
);
