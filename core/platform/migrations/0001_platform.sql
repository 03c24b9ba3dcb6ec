-- onewindow-platform (the reference central platform), schema 1. Same conventions as the client's
-- database: UTC ISO 8601 text times, the domain's stable keys, no triggers.

-- One record per case at its latest revision: the case UUID is the key, so a replayed or concurrent
-- delivery can never make a second record.
CREATE TABLE cases (
    id              TEXT    NOT NULL PRIMARY KEY,   -- the client-made UUID
    revision        INTEGER NOT NULL CHECK (revision >= 1),
    payload         TEXT    NOT NULL,               -- the onewindow-case/1 payload of that revision
    content_hash    TEXT    NOT NULL,               -- SHA-256 of the payload's canonical JSON
    official_number TEXT    NOT NULL UNIQUE,        -- 办件编号, assigned once, when the case first arrives
    case_number     TEXT    NOT NULL,               -- the hall's own number, for people reading the table
    decision        TEXT    NOT NULL,
    hall_status     TEXT    NOT NULL,               -- the status the hall sent with the latest revision
    status          TEXT    NOT NULL,               -- the platform's: accepted, in_progress, completed, delivered, not_applicable
    department      TEXT    NOT NULL DEFAULT '',    -- handling it now
    device          TEXT    NOT NULL,               -- which device's token delivered it (a hash, never the token)
    deliveries      INTEGER NOT NULL DEFAULT 1,     -- accepted deliveries, replays included: shows retries happened
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);
CREATE INDEX cases_status ON cases (status, updated_at);

-- Daily counters behind official numbers, bumped in the transaction that creates the case.
CREATE TABLE number_sequences (
    day      TEXT    NOT NULL PRIMARY KEY,
    last_seq INTEGER NOT NULL CHECK (last_seq >= 0)
);

-- The status feed (GET /cases/changes): every move, in order; the cursor is seq.
CREATE TABLE status_changes (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id    TEXT    NOT NULL REFERENCES cases (id),
    device     TEXT    NOT NULL,
    status     TEXT    NOT NULL,
    department TEXT    NOT NULL DEFAULT '',
    at         TEXT    NOT NULL
);
CREATE INDEX status_changes_device ON status_changes (device, seq);

-- Satisfaction ratings (好差评), keyed by the client's UUID.
CREATE TABLE evaluations (
    id           TEXT    NOT NULL PRIMARY KEY,
    case_id      TEXT    NOT NULL REFERENCES cases (id),
    score        INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment      TEXT    NOT NULL DEFAULT '',
    channel      TEXT    NOT NULL DEFAULT '',
    rated_at     TEXT    NOT NULL,
    content_hash TEXT    NOT NULL,
    device       TEXT    NOT NULL,
    received_at  TEXT    NOT NULL
);
CREATE INDEX evaluations_case ON evaluations (case_id);
