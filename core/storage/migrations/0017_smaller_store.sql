-- OneWindow local database, schema 17: cases and applicants get a named integer key, and a case's lines
-- name it instead of the case's text id; the audit trail stops repeating each row's predecessor's hash
-- (docs/adr/0023, amended; docs/adr/0022, amended; docs/adr/0021, amended).
--
-- Why: a case's matters and material lines repeated its 36-character id in every row, about 0.25 KB a case of
-- what a store keeps once retention has run. And the full-text indexes of schema 12 name rows by rowid,
-- which SQLite's documentation allows VACUUM to renumber in a table without an INTEGER PRIMARY KEY: now the
-- rowid of cases and applicants is such a column, with the value it had, so the indexes stay right.
-- cases.delivered_at keeps the last time the platform confirmed the case (Outbox::markSent), for when retention
-- has removed its delivered outbox rows (Outbox::removeDelivered); filled here from the rows there are.
--
-- The tables are rebuilt as SQLite's "making other kinds of table schema changes" describes; the migration
-- runs with foreign keys off and checks them before it commits (Migrations::apply). The triggers and the
-- view went with the old tables and are made again as they were.

DROP VIEW case_material_lines;

CREATE TABLE cases_new (
    case_key         INTEGER PRIMARY KEY,           -- the rowid, named so that VACUUM keeps it
    id               TEXT    NOT NULL UNIQUE,       -- UUID, also the platform's key
    case_number      TEXT    NOT NULL UNIQUE,       -- printed on every document
    query_code       TEXT    NOT NULL UNIQUE,       -- for the applicant's progress query
    official_number  TEXT,                          -- from the platform once synced; NULL until then
    applicant_id     TEXT    NOT NULL REFERENCES applicants (id),
    bundle_code      TEXT    NOT NULL DEFAULT '',   -- no FK: bundles are replaced by imports, cases stay
    decision         TEXT    NOT NULL,
    status           TEXT    NOT NULL,
    reason           TEXT    NOT NULL DEFAULT '',
    promised_date    TEXT,
    supplement_due   TEXT,
    trips            INTEGER NOT NULL DEFAULT 1 CHECK (trips >= 1),
    listed_count     INTEGER NOT NULL DEFAULT 0 CHECK (listed_count >= 0),
    collected_count  INTEGER NOT NULL DEFAULT 0 CHECK (collected_count >= 0),
    previous_case_id TEXT    REFERENCES cases (id),
    hall_code        TEXT    NOT NULL,
    window_no        INTEGER NOT NULL CHECK (window_no BETWEEN 1 AND 99),
    clerk            TEXT    NOT NULL DEFAULT '',
    revision         INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    local_day        TEXT    NOT NULL,              -- hall-local date of created_at: the day in the case number
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    answers          TEXT    NOT NULL DEFAULT '{}',
    delivery_method  TEXT    NOT NULL DEFAULT 'window' CHECK (delivery_method IN ('window', 'post')),
    delivery_address TEXT    NOT NULL DEFAULT '',
    delivered_at     TEXT                           -- the platform's last confirmation (Outbox::markSent)
);
INSERT INTO cases_new (case_key, id, case_number, query_code, official_number, applicant_id, bundle_code, decision,
                       status, reason, promised_date, supplement_due, trips, listed_count, collected_count,
                       previous_case_id, hall_code, window_no, clerk, revision, local_day, created_at, updated_at,
                       answers, delivery_method, delivery_address, delivered_at)
    SELECT rowid, id, case_number, query_code, official_number, applicant_id, bundle_code, decision, status, reason,
           promised_date, supplement_due, trips, listed_count, collected_count, previous_case_id, hall_code,
           window_no, clerk, revision, local_day, created_at, updated_at, answers, delivery_method, delivery_address,
           (SELECT max(o.sent_at) FROM outbox o WHERE o.case_id = cases.id)
    FROM cases ORDER BY rowid;

CREATE TABLE applicants_new (
    applicant_key        INTEGER PRIMARY KEY,        -- the rowid, named so that VACUUM keeps it
    id                   TEXT NOT NULL UNIQUE,       -- UUID
    kind                 TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
    id_number            TEXT NOT NULL UNIQUE,       -- 身份证号 or 统一社会信用代码, validated
    name                 TEXT NOT NULL,
    phone                TEXT NOT NULL DEFAULT '',
    address              TEXT NOT NULL DEFAULT '',
    legal_representative TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);
INSERT INTO applicants_new (applicant_key, id, kind, id_number, name, phone, address, legal_representative,
                            created_at, updated_at)
    SELECT rowid, id, kind, id_number, name, phone, address, legal_representative, created_at, updated_at
    FROM applicants ORDER BY rowid;

CREATE TABLE case_matters_new (
    case_key       INTEGER NOT NULL REFERENCES cases (case_key) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    matter_code    TEXT    NOT NULL,
    matter_version INTEGER NOT NULL,
    PRIMARY KEY (case_key, matter_code),
    FOREIGN KEY (matter_code, matter_version) REFERENCES matter_versions (code, version)
) WITHOUT ROWID;
INSERT INTO case_matters_new (case_key, position, matter_code, matter_version)
    SELECT c.case_key, m.position, m.matter_code, m.matter_version
    FROM case_matters m JOIN cases_new c ON c.id = m.case_id ORDER BY c.case_key, m.matter_code;

-- A line's status by number: its key ('to_collect', 'deficiency_allowed', ...) was 10 bytes a line. The keys
-- the program knows (lineStatusKey) are here; a test holds the two together. Any other key an older store
-- holds is kept as it was, for check-db to name.
CREATE TABLE line_statuses (
    id  INTEGER PRIMARY KEY,
    key TEXT    NOT NULL UNIQUE
);
INSERT INTO line_statuses (id, key)
    VALUES (1, 'to_collect'), (2, 'reused'), (3, 'data_sharing'), (4, 'deficiency_allowed'), (5, 'commitment');
INSERT INTO line_statuses (key)
    SELECT DISTINCT status FROM case_materials WHERE status NOT IN (SELECT key FROM line_statuses) ORDER BY status;

CREATE TABLE case_materials_new (
    case_key    INTEGER NOT NULL REFERENCES cases (case_key) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    wording_id  INTEGER NOT NULL REFERENCES material_wordings (id),
    status      INTEGER NOT NULL REFERENCES line_statuses (id),
    received    INTEGER NOT NULL DEFAULT 0 CHECK (received IN (0, 1)),
    received_on TEXT,
    valid_until TEXT,               -- NULL: does not expire
    optional    INTEGER NOT NULL DEFAULT 0 CHECK (optional IN (0, 1)),
    PRIMARY KEY (case_key, position)
) WITHOUT ROWID;
INSERT INTO case_materials_new (case_key, position, wording_id, status, received, received_on, valid_until, optional)
    SELECT c.case_key, m.position, m.wording_id, s.id, m.received, m.received_on, m.valid_until, m.optional
    FROM case_materials m JOIN cases_new c ON c.id = m.case_id JOIN line_statuses s ON s.key = m.status
    ORDER BY c.case_key, m.position;

DROP TABLE case_materials;
DROP TABLE case_matters;
DROP TABLE cases;
DROP TABLE applicants;
ALTER TABLE applicants_new RENAME TO applicants;
ALTER TABLE cases_new RENAME TO cases;
ALTER TABLE case_matters_new RENAME TO case_matters;
ALTER TABLE case_materials_new RENAME TO case_materials;

CREATE INDEX applicants_name ON applicants (name);
-- cases_applicant keeps created_at: the search by name reads it from the index alone (ADR 0022). A day's
-- cases are a few hundred at most: sorted by time when read, they need no copy of it (24 bytes a case).
CREATE INDEX cases_applicant ON cases (applicant_id, created_at);
CREATE INDEX cases_local_day ON cases (local_day);
CREATE INDEX cases_previous ON cases (previous_case_id) WHERE previous_case_id IS NOT NULL;
CREATE INDEX cases_created ON cases (created_at);
CREATE INDEX cases_status ON cases (status);

-- The lines as they read before 0016, with the case's text id and the status's key: what every reader of a
-- line selects from.
CREATE VIEW case_material_lines AS
    SELECT c.id AS case_id, m.position, w.kind, w.name, s.key AS status, m.received, m.received_on, m.valid_until,
           w.matter_codes, m.optional
    FROM case_materials m JOIN material_wordings w ON w.id = m.wording_id JOIN cases c ON c.case_key = m.case_key
         JOIN line_statuses s ON s.id = m.status;

-- The full-text triggers of schema 12, unchanged: rowid is now case_key and applicant_key.
CREATE TRIGGER case_search_insert AFTER INSERT ON cases BEGIN
    INSERT INTO case_search (rowid, case_number, official_number)
        VALUES (new.rowid, lower(new.case_number) || char(1, 1), lower(coalesce(new.official_number, '')) || char(1, 1));
END;
CREATE TRIGGER case_search_delete AFTER DELETE ON cases BEGIN
    INSERT INTO case_search (case_search, rowid, case_number, official_number)
        VALUES ('delete', old.rowid, lower(old.case_number) || char(1, 1), lower(coalesce(old.official_number, '')) || char(1, 1));
END;
CREATE TRIGGER case_search_update AFTER UPDATE OF case_number, official_number ON cases
    WHEN old.case_number IS NOT new.case_number OR old.official_number IS NOT new.official_number BEGIN
    INSERT INTO case_search (case_search, rowid, case_number, official_number)
        VALUES ('delete', old.rowid, lower(old.case_number) || char(1, 1), lower(coalesce(old.official_number, '')) || char(1, 1));
    INSERT INTO case_search (rowid, case_number, official_number)
        VALUES (new.rowid, lower(new.case_number) || char(1, 1), lower(coalesce(new.official_number, '')) || char(1, 1));
END;
CREATE TRIGGER applicant_search_insert AFTER INSERT ON applicants BEGIN
    INSERT INTO applicant_search (rowid, name, id_number)
        VALUES (new.rowid, lower(new.name) || char(1, 1), lower(new.id_number) || char(1, 1));
END;
CREATE TRIGGER applicant_search_delete AFTER DELETE ON applicants BEGIN
    INSERT INTO applicant_search (applicant_search, rowid, name, id_number)
        VALUES ('delete', old.rowid, lower(old.name) || char(1, 1), lower(old.id_number) || char(1, 1));
END;
CREATE TRIGGER applicant_search_update AFTER UPDATE OF name, id_number ON applicants
    WHEN old.name IS NOT new.name OR old.id_number IS NOT new.id_number BEGIN
    INSERT INTO applicant_search (applicant_search, rowid, name, id_number)
        VALUES ('delete', old.rowid, lower(old.name) || char(1, 1), lower(old.id_number) || char(1, 1));
    INSERT INTO applicant_search (rowid, name, id_number)
        VALUES (new.rowid, lower(new.name) || char(1, 1), lower(new.id_number) || char(1, 1));
END;

-- Each audit row kept its predecessor's hash beside its own: 65 bytes a row that the row before holds
-- already. The chain is checked as before, each row's hash over the previous row's hash and its own
-- content (the first after removed rows: over its signed checkpoint's), so an edit, a removal or a
-- reordering is found as before.
ALTER TABLE audit_trail DROP COLUMN prev_hash;
