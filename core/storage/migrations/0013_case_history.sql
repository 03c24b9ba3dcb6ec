-- OneWindow local database, schema 13: what the case view (ui/cases/caseview.h) shows of a case's life that
-- no table kept before (docs/adr/0024-case-view-and-reprints.md). Only appended to: each row is a fact.

-- Every document issued for a case: the original (reprint 0) and each reprint (1, 2 ...), with the clerk
-- and the archived PDF. A reprint is a new file, never the original's replacement.
CREATE TABLE document_issues (
    id        INTEGER PRIMARY KEY,
    case_id   TEXT    NOT NULL REFERENCES cases (id),
    kind      TEXT    NOT NULL,               -- receipt, one-time-notice, not-accepted, deficiency-commitment ...
    reprint   INTEGER NOT NULL DEFAULT 0 CHECK (reprint >= 0),
    issued_at TEXT    NOT NULL,
    clerk     TEXT    NOT NULL DEFAULT '',
    file      TEXT    NOT NULL DEFAULT '',    -- the archived PDF ('' when it could not be written)
    UNIQUE (case_id, kind, reprint)
);

-- The platform's status moves of a case as the changes feed brought them (case_progress keeps the latest
-- only). A move is recorded when the status or the department differs from the one before.
CREATE TABLE case_progress_moves (
    id              INTEGER PRIMARY KEY,
    case_id         TEXT NOT NULL REFERENCES cases (id),
    platform_status TEXT NOT NULL,
    department      TEXT NOT NULL DEFAULT '',
    changed_at      TEXT NOT NULL
);
CREATE INDEX case_progress_moves_case ON case_progress_moves (case_id, id);
INSERT INTO case_progress_moves (case_id, platform_status, department, changed_at)
    SELECT case_id, platform_status, department, changed_at FROM case_progress ORDER BY changed_at;

-- The queue tickets a case was linked to (pending_ticket_links forgets a link once the hall confirms it).
CREATE TABLE case_ticket_links (
    case_number TEXT NOT NULL,
    ticket_id   TEXT NOT NULL,
    ticket_code TEXT NOT NULL DEFAULT '',
    linked_at   TEXT NOT NULL,
    PRIMARY KEY (case_number, ticket_id)
) WITHOUT ROWID;
INSERT INTO case_ticket_links (case_number, ticket_id, ticket_code, linked_at)
    SELECT case_number, ticket_id, ticket_code, created_at FROM pending_ticket_links;
