-- OneWindow local database, schema 7: a decision writes fewer pages (docs/adr/0009-decision-pages.md).
-- A decision's commit costs CPU plus one write-ahead-log frame (a whole 4 KiB page) for every page its
-- inserts touch: the table's leaf and one leaf in each of its indexes. Before this schema a decision
-- touched 36 pages (onewindow-bench-foundation --pages lists them); an index no query reads was a third
-- of them. Each index below was checked against every statement that reads these tables.

-- case_materials (kind, received): no statement looks materials up by kind; reuse finds them through the
-- applicant's cases. Its seven entries per decision land on seven different leaves.
DROP INDEX case_materials_kind;

-- official_number is only searched with LIKE '%…%', which no index serves; it is NULL at intake anyway.
DROP INDEX cases_official_number;

-- previous_case_id is NULL for every first visit: indexing only the follow-ups keeps intake off this index.
-- SQLite uses a partial index for "previous_case_id = ?", since = implies IS NOT NULL.
DROP INDEX cases_previous;
CREATE INDEX cases_previous ON cases (previous_case_id) WHERE previous_case_id IS NOT NULL;

-- No statement reads case lines by matter; matter versions are never deleted, so the foreign key's
-- parent side needs no child index either.
DROP INDEX case_matters_matter;

-- The matters and materials of a case are read and written per case only, by their primary key. WITHOUT
-- ROWID stores a row in its primary key's tree: one tree per table instead of a table and its key index.
CREATE TABLE case_matters_new (
    case_id        TEXT    NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    matter_code    TEXT    NOT NULL,
    matter_version INTEGER NOT NULL,
    PRIMARY KEY (case_id, matter_code),
    FOREIGN KEY (matter_code, matter_version) REFERENCES matter_versions (code, version)
) WITHOUT ROWID;
INSERT INTO case_matters_new (case_id, position, matter_code, matter_version)
    SELECT case_id, position, matter_code, matter_version FROM case_matters;
DROP TABLE case_matters;
ALTER TABLE case_matters_new RENAME TO case_matters;

-- The situation answers are part of the case, written and read only with it: a JSON object on the case row
-- ({"situation id": "option id"}) instead of a table and its key index of their own.
ALTER TABLE cases ADD COLUMN answers TEXT NOT NULL DEFAULT '{}';
UPDATE cases SET answers = (SELECT json_group_object(a.situation_id, a.option_id) FROM case_answers a WHERE a.case_id = cases.id)
    WHERE EXISTS (SELECT 1 FROM case_answers a WHERE a.case_id = cases.id);
DROP TABLE case_answers;

CREATE TABLE case_materials_new (
    case_id      TEXT    NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    kind         TEXT    NOT NULL,  -- no FK: kinds are replaced by imports, cases keep what they listed
    name         TEXT    NOT NULL,
    status       TEXT    NOT NULL,
    received     INTEGER NOT NULL DEFAULT 0 CHECK (received IN (0, 1)),
    received_on  TEXT,
    valid_until  TEXT,               -- NULL: does not expire
    matter_codes TEXT    NOT NULL DEFAULT '[]',  -- JSON array of the matters asking for it
    PRIMARY KEY (case_id, position)
) WITHOUT ROWID;
INSERT INTO case_materials_new (case_id, position, kind, name, status, received, received_on, valid_until, matter_codes)
    SELECT case_id, position, kind, name, status, received, received_on, valid_until, matter_codes FROM case_materials;
DROP TABLE case_materials;
ALTER TABLE case_materials_new RENAME TO case_materials;

-- The outbox and the audit trail are rebuilt without AUTOINCREMENT, whose counter row in sqlite_sequence
-- was one more page per decision. Their ids stay increasing and unused ids are never handed out again:
-- no statement deletes from either table, and SQLite gives a new row the highest id plus one.
CREATE TABLE outbox_new (
    id              INTEGER PRIMARY KEY,                -- never reused: rows are never deleted
    case_id         TEXT    NOT NULL REFERENCES cases (id),
    revision        INTEGER NOT NULL CHECK (revision >= 1),
    payload         TEXT    NOT NULL,                   -- JSON, MatterJson::casePayload
    state           TEXT    NOT NULL DEFAULT 'pending'
                            CHECK (state IN ('pending', 'sending', 'sent', 'parked')),
    attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TEXT,                               -- NULL: due now
    last_error      TEXT    NOT NULL DEFAULT '',
    created_at      TEXT    NOT NULL,
    sent_at         TEXT,
    UNIQUE (case_id, revision)
);
INSERT INTO outbox_new (id, case_id, revision, payload, state, attempts, next_attempt_at, last_error, created_at, sent_at)
    SELECT id, case_id, revision, payload, state, attempts, next_attempt_at, last_error, created_at, sent_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
-- One index for both readers of the states: the drain (state = 'pending', due, in id order) and the parked
-- list (state = 'parked', in id order); next_attempt_at rides along so the due test reads no table row.
-- Before: outbox_state (state, next_attempt_at, id) and outbox_state_order (state, id), two pages a decision.
CREATE INDEX outbox_state_order ON outbox (state, id, next_attempt_at);
CREATE INDEX outbox_sent_at ON outbox (sent_at, id) WHERE sent_at IS NOT NULL;

CREATE TABLE audit_trail_new (
    id        INTEGER PRIMARY KEY,     -- never reused: rows are never deleted
    at        TEXT    NOT NULL,        -- UTC
    username  TEXT    NOT NULL,
    hall_code TEXT    NOT NULL DEFAULT '',
    window_no INTEGER NOT NULL DEFAULT 0,
    action    TEXT    NOT NULL,
    case_id   TEXT,
    detail    TEXT    NOT NULL DEFAULT ''
);
INSERT INTO audit_trail_new (id, at, username, hall_code, window_no, action, case_id, detail)
    SELECT id, at, username, hall_code, window_no, action, case_id, detail FROM audit_trail;
DROP TABLE audit_trail;
ALTER TABLE audit_trail_new RENAME TO audit_trail;
-- Read per case and newest first by id; the old index by time (audit_trail_at) had no reader.
CREATE INDEX audit_trail_case ON audit_trail (case_id);
