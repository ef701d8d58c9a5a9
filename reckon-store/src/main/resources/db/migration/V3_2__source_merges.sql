-- Issue 11: an analyst's merges of two names of one body, kept as a log so that every merge
-- is recorded and can be undone: action 'merge' files NAME under INTO_NAME, 'unmerge' undoes
-- the last merge of NAME. The newest row per name wins.
CREATE TABLE source_merges (
    id ${id_column},
    action VARCHAR(8) NOT NULL,
    name TEXT NOT NULL,
    into_name TEXT,
    made_at VARCHAR(40) NOT NULL
);
