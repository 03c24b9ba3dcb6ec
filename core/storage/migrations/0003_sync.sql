-- OneWindow local database, schema 3: what the platform sync keeps between runs (docs/sync.md).
-- Same conventions as 0001: UTC ISO 8601 text times, stable keys, no triggers.

-- Small facts of the sync, one row each: the status-change cursor, the catalog's ETag, the last success.
CREATE TABLE sync_state (
    key        TEXT NOT NULL PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- The platform's view of a case: its status there (accepted, in_progress, completed, delivered) and the
-- department handling it. cases.status follows it only forward (docs/sync.md); this row keeps it all.
CREATE TABLE case_progress (
    case_id         TEXT NOT NULL PRIMARY KEY REFERENCES cases (id),
    platform_status TEXT NOT NULL,
    department      TEXT NOT NULL DEFAULT '',
    changed_at      TEXT NOT NULL
);

-- Satisfaction ratings (好差评) on their way to the platform. Sent one by one and keyed by their own UUID,
-- so a resend after a crash is harmless; a refused one is parked for a person like an outbox row.
CREATE TABLE evaluations (
    id              TEXT    NOT NULL PRIMARY KEY,
    case_id         TEXT    NOT NULL REFERENCES cases (id),
    score           INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment         TEXT    NOT NULL DEFAULT '',
    channel         TEXT    NOT NULL DEFAULT 'window',
    rated_at        TEXT    NOT NULL,
    state           TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'parked')),
    attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TEXT,
    last_error      TEXT    NOT NULL DEFAULT '',
    sent_at         TEXT
);
CREATE INDEX evaluations_state ON evaluations (state, next_attempt_at);
