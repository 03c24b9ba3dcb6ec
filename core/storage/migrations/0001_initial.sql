-- OneWindow local database, schema 1.
-- Conventions: times are UTC ISO 8601 text with milliseconds ("2026-11-28T01:02:03.456Z"), so text order is
-- time order; calendar days are ISO dates ("2026-11-28"); enum values are the stable keys from the domain
-- (decisionKey, caseStatusKey, lineStatusKey), never display names; booleans are 0/1.
-- Statements end with ';' at the end of a line. No triggers: the splitter in migrations.cpp does not know BEGIN ... END.

-- ---------------------------------------------------------------------------------------------------------
-- Catalog. A matter's content is kept per version so a decided case can always show what it was taken under.

CREATE TABLE material_kinds (
    code              TEXT    NOT NULL PRIMARY KEY,
    position          INTEGER NOT NULL,
    name              TEXT    NOT NULL,
    issuer            TEXT    NOT NULL DEFAULT '',
    legal_basis       TEXT    NOT NULL DEFAULT '',
    how_to_obtain     TEXT    NOT NULL DEFAULT '',
    validity_months   INTEGER NOT NULL DEFAULT 0 CHECK (validity_months >= 0),
    data_sharing      INTEGER NOT NULL DEFAULT 0 CHECK (data_sharing IN (0, 1)),
    certificate_store INTEGER NOT NULL DEFAULT 0 CHECK (certificate_store IN (0, 1)),
    per_application   INTEGER NOT NULL DEFAULT 0 CHECK (per_application IN (0, 1))
);

-- Every version ever imported; never updated or deleted, because cases pin (code, version).
CREATE TABLE matter_versions (
    id           INTEGER PRIMARY KEY,
    code         TEXT    NOT NULL,
    version      INTEGER NOT NULL CHECK (version >= 1),
    name         TEXT    NOT NULL,
    department   TEXT    NOT NULL DEFAULT '',
    snapshot     TEXT    NOT NULL,  -- canonical JSON of the whole matter (MatterJson::toJson)
    content_hash TEXT    NOT NULL,  -- SHA-256 of the canonical JSON without "version": detects changes
    imported_at  TEXT    NOT NULL,
    UNIQUE (code, version)
);

-- The catalog in force: one row per matter offered today. A matter missing from a later import is withdrawn
-- here while its versions stay in matter_versions.
CREATE TABLE matters_current (
    code       TEXT    NOT NULL PRIMARY KEY,
    version    INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    updated_at TEXT    NOT NULL,
    FOREIGN KEY (code, version) REFERENCES matter_versions (code, version)
);

CREATE TABLE bundles (
    code        TEXT    NOT NULL PRIMARY KEY,
    position    INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    description TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE bundle_matters (
    bundle_code TEXT    NOT NULL REFERENCES bundles (code) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    matter_code TEXT    NOT NULL REFERENCES matters_current (code),
    PRIMARY KEY (bundle_code, position)
);
CREATE INDEX bundle_matters_matter ON bundle_matters (matter_code);

-- One row per import: the catalog version shown to administrators and what changed.
CREATE TABLE catalog_imports (
    id              INTEGER PRIMARY KEY,
    catalog_version TEXT    NOT NULL DEFAULT '',
    imported_at     TEXT    NOT NULL,
    added           INTEGER NOT NULL DEFAULT 0,
    changed         INTEGER NOT NULL DEFAULT 0,
    unchanged       INTEGER NOT NULL DEFAULT 0,
    removed         INTEGER NOT NULL DEFAULT 0
);

-- ---------------------------------------------------------------------------------------------------------
-- Applicants: base information collected once and reused (一表申请 / 信息复用).

CREATE TABLE applicants (
    id                   TEXT NOT NULL PRIMARY KEY,  -- client-made UUID
    kind                 TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
    id_number            TEXT NOT NULL UNIQUE,       -- resident ID or unified social credit code, normalised
    name                 TEXT NOT NULL,
    phone                TEXT NOT NULL DEFAULT '',
    address              TEXT NOT NULL DEFAULT '',
    legal_representative TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);
CREATE INDEX applicants_name ON applicants (name);

-- ---------------------------------------------------------------------------------------------------------
-- Cases. A decision is one transaction over cases, its lines and one outbox row.

CREATE TABLE cases (
    id               TEXT    NOT NULL PRIMARY KEY,  -- client-made UUID, the platform's key too
    case_number      TEXT    NOT NULL UNIQUE,       -- HALL-YYYYMMDD-WW-NNNN, printed at once
    query_code       TEXT    NOT NULL UNIQUE,       -- for the applicant to follow progress
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
    updated_at       TEXT    NOT NULL
);
CREATE INDEX cases_applicant ON cases (applicant_id, created_at);
CREATE INDEX cases_local_day ON cases (local_day, created_at);
CREATE INDEX cases_previous ON cases (previous_case_id);
CREATE INDEX cases_official_number ON cases (official_number);

-- The matters a case was taken under, pinned to the version in force at that moment.
CREATE TABLE case_matters (
    case_id        TEXT    NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    matter_code    TEXT    NOT NULL,
    matter_version INTEGER NOT NULL,
    PRIMARY KEY (case_id, matter_code),
    FOREIGN KEY (matter_code, matter_version) REFERENCES matter_versions (code, version)
);
CREATE INDEX case_matters_matter ON case_matters (matter_code, matter_version);

CREATE TABLE case_answers (
    case_id      TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    situation_id TEXT NOT NULL,
    option_id    TEXT NOT NULL,
    PRIMARY KEY (case_id, situation_id)
);

CREATE TABLE case_materials (
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
);
CREATE INDEX case_materials_kind ON case_materials (kind, received);

-- Daily counters behind case numbers. Bumped inside the decision's transaction, so a committed number is
-- never issued again and a rolled-back one was never shown to anybody.
CREATE TABLE case_number_sequences (
    hall_code TEXT    NOT NULL,
    day       TEXT    NOT NULL,
    window_no INTEGER NOT NULL,
    last_seq  INTEGER NOT NULL CHECK (last_seq >= 0),
    PRIMARY KEY (hall_code, day, window_no)
);

-- ---------------------------------------------------------------------------------------------------------
-- Transactional outbox: one row per case revision, written in the same transaction as the revision.

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,  -- AUTOINCREMENT: ids are never reused after deletes
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
CREATE INDEX outbox_state ON outbox (state, next_attempt_at, id);
