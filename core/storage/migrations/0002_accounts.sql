-- Accounts and the audit trail (the counter window: sign-in, lock-out, who decided what).

-- People who sign in. Passwords are stored only as PBKDF2 hashes with a salt of their own
-- ("pbkdf2-sha256$ITERATIONS$SALT$HASH", base64), never in clear.
CREATE TABLE users (
    id               INTEGER PRIMARY KEY,
    username         TEXT    NOT NULL UNIQUE,
    display_name     TEXT    NOT NULL,
    role             TEXT    NOT NULL CHECK (role IN ('clerk', 'supervisor', 'administrator')),
    password_hash    TEXT    NOT NULL,
    failed_attempts  INTEGER NOT NULL DEFAULT 0,
    locked_until     TEXT,             -- UTC; NULL when not locked
    disabled         INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);

-- Who did what, when and where: every decision, reprint, override and sign-in. Rows are only appended.
CREATE TABLE audit_trail (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT    NOT NULL,        -- UTC
    username  TEXT    NOT NULL,
    hall_code TEXT    NOT NULL DEFAULT '',
    window_no INTEGER NOT NULL DEFAULT 0,
    action    TEXT    NOT NULL,
    case_id   TEXT,
    detail    TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX audit_trail_case ON audit_trail (case_id);
CREATE INDEX audit_trail_at ON audit_trail (at);
